package org.councilworkspace.planimport;

import org.councilworkspace.base.events.AuditableEvent;

/** A document was imported into a plan (a new one or an existing one's outline). */
public record PlanImported(Long actorId, String actorName, Long councilId, String action, String objectType,
                           String objectId, String summary) implements AuditableEvent {
}
