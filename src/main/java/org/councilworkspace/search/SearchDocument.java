package org.councilworkspace.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.councilworkspace.base.IndexedText;
import org.councilworkspace.deliberation.CommentText;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.plan.IndexedSection;

/**
 * One indexed thing as every engine receives it: its key ({@code id}, unique), what the reader filter matches (council
 * and audience, an {@link Audience} name), the keys it is replaced by (its thread, its scopes), the keys of the other
 * filters, the searched title and text, and what a hit shows. {@code at} is in epoch milliseconds. A comment has no
 * title of its own (its section's title is shown); the other kinds have no thread.
 */
record SearchDocument(String id, SearchKind kind, long councilId, String audience, Long planId, Long sectionId,
                      Long threadId, List<String> scopes, String title, String text, String planTitle,
                      String sectionTitle, String author, String group, Long objectId, String anchor, long at) {

    static SearchDocument of(IndexedSection s) {
        return new SearchDocument(DocumentKey.section(s.sectionId()).value(), SearchKind.SECTION, s.councilId(),
                Visibility.COUNCIL.name(), s.planId(), s.sectionId(), null, List.of(), s.title(), s.text(),
                s.planTitle(), null, null, null, null, null, millis(s.changedAt()));
    }

    static SearchDocument of(CommentText c) {
        return new SearchDocument("comment:" + c.commentId(), SearchKind.COMMENT, c.councilId(),
                c.visibility().name(), c.planId(), c.sectionId(), c.threadId(), List.of(), null, c.text(), null,
                c.sectionTitle(), c.authorName(), c.authorGroup(), null, null, millis(c.writtenAt()));
    }

    static SearchDocument of(IndexedText t) {
        return new SearchDocument(t.key(), SearchKind.valueOf(t.kind()), t.councilId(), t.audience(), t.planId(),
                t.sectionId(), null, t.scopes(), t.title(), t.text() == null ? "" : t.text(), null, null, t.author(),
                t.group(), t.objectId(), t.anchor(), millis(t.at()));
    }

    /** The hit this document is, with its snippet. */
    SearchHit hit(List<SnippetPart> snippet) {
        boolean comment = kind == SearchKind.COMMENT;
        return new SearchHit(kind, councilId, planId, sectionId, comment ? threadId : null,
                objectId == null ? 0 : objectId, anchor, comment ? sectionTitle : title, planTitle, author,
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(at), ZoneOffset.UTC), snippet);
    }

    private static long millis(OffsetDateTime at) {
        return at.toInstant().toEpochMilli();
    }
}
