package org.councilworkspace.council;

import org.councilworkspace.base.events.AuditableEvent;

/** A council was created or its settings changed; creation is a platform event, the rest the council's. */
public record CouncilChanged(Long actorId, String actorName, Long councilId, String action, long council,
                             String summary) implements AuditableEvent {

    @Override
    public String objectType() {
        return "COUNCIL";
    }

    @Override
    public String objectId() {
        return Long.toString(council);
    }
}
