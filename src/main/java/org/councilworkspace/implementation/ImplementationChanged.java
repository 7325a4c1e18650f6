package org.councilworkspace.implementation;

import org.councilworkspace.base.events.AuditableEvent;

/** An agency, measure, KPI, reported actual or the council's tolerance changed. */
public record ImplementationChanged(Long actorId, String actorName, Long councilId, String action, String objectType,
                                    String objectId, String summary) implements AuditableEvent {
}
