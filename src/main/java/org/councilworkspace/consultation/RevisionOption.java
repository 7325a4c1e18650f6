package org.councilworkspace.consultation;

import java.time.OffsetDateTime;

/** A section revision the secretariat can name as the change made in answer to a comment. */
public record RevisionOption(long id, int revisionNo, String authorName, OffsetDateTime createdAt, String note) {
}
