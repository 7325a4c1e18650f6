package org.councilworkspace.deliberation;

import java.time.OffsetDateTime;

/** One comment of a thread; editCount > 0 means earlier wordings can be read. */
public record CommentItem(long id, long threadId, long authorId, String authorName, String body,
                          OffsetDateTime createdAt, OffsetDateTime editedAt, int editCount, int version) {
}
