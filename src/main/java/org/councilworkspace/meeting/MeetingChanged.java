package org.councilworkspace.meeting;

import org.councilworkspace.base.events.AuditableEvent;

/** A meeting, its agenda, attendance or minutes changed. */
public record MeetingChanged(Long actorId, String actorName, Long councilId, String action, String objectType,
                             String objectId, String summary) implements AuditableEvent {
}
