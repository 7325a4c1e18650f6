package org.councilworkspace.deliberation;

import java.time.OffsetDateTime;

/**
 * One comment's current wording as plain text (its Markdown rendered and reduced), with its thread's visibility
 * and where the thread sits: what an index needs to find it and to know who may see it.
 */
public record CommentText(long commentId, long threadId, long sectionId, long planId, long councilId,
                          Visibility visibility, String sectionTitle, String authorName, String text,
                          OffsetDateTime writtenAt) {
}
