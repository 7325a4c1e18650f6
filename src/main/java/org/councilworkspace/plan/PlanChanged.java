package org.councilworkspace.plan;

import org.councilworkspace.base.events.AuditableEvent;

/** A plan was created, its status changed, its outline changed, or a version was frozen. */
public record PlanChanged(Long actorId, String actorName, Long councilId, String action, String objectType,
                          String objectId, String summary) implements AuditableEvent {
}
