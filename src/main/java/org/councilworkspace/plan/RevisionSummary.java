package org.councilworkspace.plan;

import java.time.OffsetDateTime;

/** A revision as listed in the history: everything but the text. */
public record RevisionSummary(long id, int revisionNo, String authorName, OffsetDateTime createdAt, String changeNote,
                              RevisionKind kind, int wordsChanged) {
}
