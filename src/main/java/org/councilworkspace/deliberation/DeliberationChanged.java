package org.councilworkspace.deliberation;

import org.councilworkspace.base.events.AuditableEvent;

/**
 * Something happened in a section's threads. Audit records it in the same transaction; open pages of the section
 * refresh after the commit.
 */
public record DeliberationChanged(Long actorId, String actorName, Long councilId, long planId, long sectionId,
                                  long threadId, String action, String summary) implements AuditableEvent {

    @Override
    public String objectType() {
        return "COMMENT_THREAD";
    }

    @Override
    public String objectId() {
        return Long.toString(threadId);
    }
}
