package org.councilworkspace.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.councilworkspace.deliberation.CommentText;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.plan.IndexedSection;

/**
 * How sections and comments become index documents, and back. Every document carries its council and its audience
 * (a {@link Visibility} name; a section's is COUNCIL), which the reader filter matches.
 */
final class IndexDocuments {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String COUNCIL = "council";
    static final String AUDIENCE = "audience";
    static final String SECTION = "section";
    static final String THREAD = "thread";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String AT = "at";
    private static final String PLAN = "plan";
    private static final String PLAN_TITLE = "plan_title";
    private static final String AUTHOR = "author";
    private static final String SECTION_TITLE = "section_title";

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

    static Document of(IndexedSection s) {
        Document d = common(sectionTerm(s.sectionId()).text(), SearchKind.SECTION, s.councilId(), Visibility.COUNCIL,
                s.planId(), s.sectionId(), s.changedAt());
        d.add(new TextField(TITLE, s.title(), Field.Store.YES));
        d.add(new Field(TEXT, s.text(), TEXT_WITH_OFFSETS));
        d.add(new StoredField(PLAN_TITLE, s.planTitle()));
        return d;
    }

    static Document of(CommentText c) {
        Document d = common("comment:" + c.commentId(), SearchKind.COMMENT, c.councilId(), c.visibility(), c.planId(),
                c.sectionId(), c.writtenAt());
        d.add(new StringField(THREAD, Long.toString(c.threadId()), Field.Store.YES));
        d.add(new Field(TEXT, c.text(), TEXT_WITH_OFFSETS));
        d.add(new StoredField(SECTION_TITLE, c.sectionTitle()));
        d.add(new StoredField(AUTHOR, c.authorName()));
        return d;
    }

    private static Document common(String id, SearchKind kind, long councilId, Visibility audience, long planId,
                                   long sectionId, OffsetDateTime at) {
        Document d = new Document();
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new StringField(KIND, kind.name(), Field.Store.YES));
        d.add(new StringField(COUNCIL, Long.toString(councilId), Field.Store.YES));
        d.add(new StringField(AUDIENCE, audience.name(), Field.Store.NO));
        d.add(new StoredField(PLAN, planId));
        d.add(new StringField(SECTION, Long.toString(sectionId), Field.Store.YES));
        long millis = at.toInstant().toEpochMilli();
        d.add(new NumericDocValuesField(AT, millis));
        d.add(new StoredField(AT, millis));
        return d;
    }

    /** A hit from its stored fields; the snippet is cut separately. */
    static SearchHit hit(Document d, java.util.List<SnippetPart> snippet) {
        SearchKind kind = SearchKind.valueOf(d.get(KIND));
        boolean comment = kind == SearchKind.COMMENT;
        return new SearchHit(kind, Long.parseLong(d.get(COUNCIL)), d.getField(PLAN).numericValue().longValue(),
                Long.parseLong(d.get(SECTION)), comment ? Long.valueOf(d.get(THREAD)) : null,
                comment ? d.get(SECTION_TITLE) : d.get(TITLE), comment ? null : d.get(PLAN_TITLE),
                comment ? d.get(AUTHOR) : null,
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(d.getField(AT).numericValue().longValue()), ZoneOffset.UTC),
                snippet);
    }
}
