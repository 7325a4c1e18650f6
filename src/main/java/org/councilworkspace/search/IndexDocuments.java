package org.councilworkspace.search;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.councilworkspace.base.IndexedText;
import org.councilworkspace.deliberation.CommentText;
import org.councilworkspace.plan.IndexedSection;

/**
 * How documents become Lucene documents, and back. Every document carries its council and its audience (an
 * {@link Audience} name), which the reader filter matches, and the keys of the other filters: plan, kind, the
 * author's words and stakeholder group, and when it was written.
 */
final class IndexDocuments {

    static final String ID = DocumentKey.ID;
    static final String KIND = "kind";
    static final String COUNCIL = "council";
    static final String AUDIENCE = "audience";
    static final String SECTION = "section";
    static final String THREAD = DocumentKey.THREAD;
    static final String SCOPE = DocumentKey.SCOPE;
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String AT = "at";
    /** The day written, for the date filter (a point field of epoch milliseconds). */
    static final String AT_POINT = "at_point";
    static final String PLAN = "plan";
    static final String AUTHOR_WORDS = "author_words";
    static final String GROUP = "group";
    private static final String PLAN_TITLE = "plan_title";
    private static final String AUTHOR = "author";
    private static final String SECTION_TITLE = "section_title";
    private static final String OBJECT = "object";
    private static final String ANCHOR = "anchor";

    /** The text is stored with its words' offsets, so snippets are cut without analysing it again. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private IndexDocuments() {
    }

    static Term term(DocumentKey key) {
        return new Term(key.field(), key.value());
    }

    static Term sectionTerm(long sectionId) {
        return term(DocumentKey.section(sectionId));
    }

    static Term threadTerm(long threadId) {
        return term(DocumentKey.thread(threadId));
    }

    static Term scopeTerm(String scope) {
        return term(DocumentKey.scope(scope));
    }

    static Document of(IndexedSection s) {
        return of(SearchDocument.of(s));
    }

    static Document of(CommentText c) {
        return of(SearchDocument.of(c));
    }

    static Document of(IndexedText t) {
        return of(SearchDocument.of(t));
    }

    static Document of(SearchDocument s) {
        Document d = new Document();
        d.add(new StringField(ID, s.id(), Field.Store.YES));
        d.add(new StringField(KIND, s.kind().name(), Field.Store.YES));
        d.add(new StringField(COUNCIL, Long.toString(s.councilId()), Field.Store.YES));
        d.add(new StringField(AUDIENCE, s.audience(), Field.Store.NO));
        if (s.planId() != null) {
            d.add(new StringField(PLAN, Long.toString(s.planId()), Field.Store.YES));
        }
        if (s.sectionId() != null) {
            d.add(new StringField(SECTION, Long.toString(s.sectionId()), Field.Store.YES));
        }
        d.add(new NumericDocValuesField(AT, s.at()));
        d.add(new StoredField(AT, s.at()));
        d.add(new LongPoint(AT_POINT, s.at()));
        if (s.threadId() != null) {
            d.add(new StringField(THREAD, Long.toString(s.threadId()), Field.Store.YES));
        }
        s.scopes().forEach(scope -> d.add(new StringField(SCOPE, scope, Field.Store.NO)));
        if (s.title() != null) {
            d.add(new TextField(TITLE, s.title(), Field.Store.YES));
        }
        d.add(new Field(TEXT, s.text(), TEXT_WITH_OFFSETS));
        stored(d, PLAN_TITLE, s.planTitle());
        stored(d, SECTION_TITLE, s.sectionTitle());
        if (s.objectId() != null) {
            d.add(new StoredField(OBJECT, s.objectId()));
        }
        stored(d, ANCHOR, s.anchor());
        if (s.author() != null) {
            d.add(new StoredField(AUTHOR, s.author()));
            d.add(new TextField(AUTHOR_WORDS, s.author(), Field.Store.NO));
        }
        if (s.group() != null) {
            d.add(new StringField(GROUP, s.group(), Field.Store.NO));
        }
        return d;
    }

    private static void stored(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    /** A hit from its stored fields; the snippet is cut separately. */
    static SearchHit hit(Document d, List<SnippetPart> snippet) {
        IndexableField object = d.getField(OBJECT);
        return new SearchDocument(d.get(ID), SearchKind.valueOf(d.get(KIND)), Long.parseLong(d.get(COUNCIL)), null,
                optionalLong(d.get(PLAN)), optionalLong(d.get(SECTION)), optionalLong(d.get(THREAD)), List.of(),
                d.get(TITLE), d.get(TEXT), d.get(PLAN_TITLE), d.get(SECTION_TITLE), d.get(AUTHOR), null,
                object == null ? null : object.numericValue().longValue(), d.get(ANCHOR),
                d.getField(AT).numericValue().longValue()).hit(snippet);
    }

    private static Long optionalLong(String value) {
        return value == null ? null : Long.valueOf(value);
    }
}
