package org.councilworkspace.consultation;

import org.councilworkspace.base.events.AuditableEvent;

/** A round was scheduled, opened, closed, answered or published; a submission received, hidden, grouped or answered. */
public record RoundChanged(Long actorId, String actorName, Long councilId, String action, String objectType,
                           String objectId, String summary) implements AuditableEvent {
}
