package org.councilworkspace.amendment;

import org.councilworkspace.base.events.AuditableEvent;

/** An amendment was proposed, updated, carried forward, flagged, supported or opposed, or decided. */
public record AmendmentChanged(Long actorId, String actorName, Long councilId, long planId, long sectionId,
                               long amendmentId, String action, String summary) implements AuditableEvent {

    @Override
    public String objectType() {
        return "AMENDMENT";
    }

    @Override
    public String objectId() {
        return Long.toString(amendmentId);
    }
}
