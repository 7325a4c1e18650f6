package org.councilworkspace.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.plan.IndexedSection;

/**
 * How indexed things become index documents, and back. Every document carries its council and its audience (an
 * {@link Audience} name), which the reader filter matches, and the keys of the other filters: plan, kind, the
 * author's words and stakeholder group, and when it was written.
 */
final class IndexDocuments {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String COUNCIL = "council";
    static final String AUDIENCE = "audience";
    static final String SECTION = "section";
    static final String THREAD = "thread";
    static final String SCOPE = "scope";
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

    static Term sectionTerm(long sectionId) {
        return new Term(ID, "section:" + sectionId);
    }

    static Term threadTerm(long threadId) {
        return new Term(THREAD, Long.toString(threadId));
    }

    static Term scopeTerm(String scope) {
        return new Term(SCOPE, scope);
    }

    static Document of(IndexedSection s) {
        Document d = common(sectionTerm(s.sectionId()).text(), SearchKind.SECTION, s.councilId(),
                Visibility.COUNCIL.name(), s.planId(), s.sectionId(), s.changedAt());
        d.add(new TextField(TITLE, s.title(), Field.Store.YES));
        d.add(new Field(TEXT, s.text(), TEXT_WITH_OFFSETS));
        d.add(new StoredField(PLAN_TITLE, s.planTitle()));
        return d;
    }

    static Document of(CommentText c) {
        Document d = common("comment:" + c.commentId(), SearchKind.COMMENT, c.councilId(), c.visibility().name(),
                c.planId(), c.sectionId(), c.writtenAt());
        d.add(new StringField(THREAD, Long.toString(c.threadId()), Field.Store.YES));
        d.add(new Field(TEXT, c.text(), TEXT_WITH_OFFSETS));
        d.add(new StoredField(SECTION_TITLE, c.sectionTitle()));
        author(d, c.authorName());
        group(d, c.authorGroup());
        return d;
    }

    static Document of(IndexedText t) {
        Document d = common(t.key(), SearchKind.valueOf(t.kind()), t.councilId(), t.audience(), t.planId(),
                t.sectionId(), t.at());
        t.scopes().forEach(s -> d.add(new StringField(SCOPE, s, Field.Store.NO)));
        d.add(new TextField(TITLE, t.title(), Field.Store.YES));
        d.add(new Field(TEXT, t.text() == null ? "" : t.text(), TEXT_WITH_OFFSETS));
        d.add(new StoredField(OBJECT, t.objectId()));
        if (t.anchor() != null) {
            d.add(new StoredField(ANCHOR, t.anchor()));
        }
        author(d, t.author());
        group(d, t.group());
        return d;
    }

    private static void group(Document d, String group) {
        if (group != null) {
            d.add(new StringField(GROUP, group, Field.Store.NO));
        }
    }

    private static void author(Document d, String author) {
        if (author != null) {
            d.add(new StoredField(AUTHOR, author));
            d.add(new TextField(AUTHOR_WORDS, author, Field.Store.NO));
        }
    }

    private static Document common(String id, SearchKind kind, long councilId, String audience, Long planId,
                                   Long sectionId, OffsetDateTime at) {
        Document d = new Document();
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new StringField(KIND, kind.name(), Field.Store.YES));
        d.add(new StringField(COUNCIL, Long.toString(councilId), Field.Store.YES));
        d.add(new StringField(AUDIENCE, audience, Field.Store.NO));
        if (planId != null) {
            d.add(new StringField(PLAN, Long.toString(planId), Field.Store.YES));
        }
        if (sectionId != null) {
            d.add(new StringField(SECTION, Long.toString(sectionId), Field.Store.YES));
        }
        long millis = at.toInstant().toEpochMilli();
        d.add(new NumericDocValuesField(AT, millis));
        d.add(new StoredField(AT, millis));
        d.add(new LongPoint(AT_POINT, millis));
        return d;
    }

    /** A hit from its stored fields; the snippet is cut separately. */
    static SearchHit hit(Document d, List<SnippetPart> snippet) {
        SearchKind kind = SearchKind.valueOf(d.get(KIND));
        boolean comment = kind == SearchKind.COMMENT;
        IndexableField object = d.getField(OBJECT);
        return new SearchHit(kind, Long.parseLong(d.get(COUNCIL)), optionalLong(d.get(PLAN)),
                optionalLong(d.get(SECTION)), comment ? Long.valueOf(d.get(THREAD)) : null,
                object == null ? 0 : object.numericValue().longValue(), d.get(ANCHOR),
                comment ? d.get(SECTION_TITLE) : d.get(TITLE), d.get(PLAN_TITLE), d.get(AUTHOR),
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(d.getField(AT).numericValue().longValue()),
                        ZoneOffset.UTC), snippet);
    }

    private static Long optionalLong(String value) {
        return value == null ? null : Long.valueOf(value);
    }
}
