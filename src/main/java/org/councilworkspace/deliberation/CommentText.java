package org.councilworkspace.deliberation;

import java.time.OffsetDateTime;

/**
 * One comment's current wording as plain text (its Markdown rendered and reduced), with its thread's visibility
 * and where the thread sits: what an index needs to find it and to know who may see it. {@code authorGroup} is
 * the writer's stakeholder group in the council (null if they were never a member).
 */
public record CommentText(long commentId, long threadId, long sectionId, long planId, long councilId,
                          Visibility visibility, String sectionTitle, String authorName, String authorGroup,
                          String text, OffsetDateTime writtenAt) {
}
