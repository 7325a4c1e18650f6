package org.councilworkspace.plan;

import java.time.OffsetDateTime;

/** One immutable save of a section's text. */
public record Revision(long id, long sectionId, int revisionNo, String body, long authorId, String authorName,
                       OffsetDateTime createdAt, String changeNote, Long baseRevisionId, RevisionKind kind,
                       Long sourceRevisionId, int wordsChanged) {
}
