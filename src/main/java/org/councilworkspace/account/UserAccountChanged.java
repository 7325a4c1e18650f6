package org.councilworkspace.account;

import org.councilworkspace.base.events.AuditableEvent;

/** An account was created, invited, deactivated, reactivated, or its password or profile changed. */
public record UserAccountChanged(Long actorId, String actorName, String action, long userId, String summary)
        implements AuditableEvent {

    @Override
    public Long councilId() {
        return null;
    }

    @Override
    public String objectType() {
        return "USER";
    }

    @Override
    public String objectId() {
        return Long.toString(userId);
    }
}
