package org.councilworkspace.council;

import org.councilworkspace.base.events.AuditableEvent;

/** A person was added to a council, their role changed, or their membership ended. */
public record MembershipChanged(Long actorId, String actorName, Long councilId, String action, long membershipId,
                                String summary) implements AuditableEvent {

    @Override
    public String objectType() {
        return "MEMBERSHIP";
    }

    @Override
    public String objectId() {
        return Long.toString(membershipId);
    }
}
