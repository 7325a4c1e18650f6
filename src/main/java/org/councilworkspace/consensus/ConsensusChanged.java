package org.councilworkspace.consensus;

import org.councilworkspace.base.events.AuditableEvent;

/** A position was recorded, consensus declared or reopened, or a minority opinion changed. */
public record ConsensusChanged(Long actorId, String actorName, Long councilId, long planId, String action,
                               String objectType, String objectId, String summary) implements AuditableEvent {
}
