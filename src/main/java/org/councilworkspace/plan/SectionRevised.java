package org.councilworkspace.plan;

import org.councilworkspace.base.events.AuditableEvent;

/** A section got a new revision. Audit records it; open pages of the section are told after commit. */
public record SectionRevised(Long actorId, String actorName, String authorDisplayName, Long councilId, long planId,
                             long sectionId, long revisionId, int revisionNo, RevisionKind kind)
        implements AuditableEvent {

    @Override
    public String action() {
        return "SECTION_REVISED";
    }

    @Override
    public String objectType() {
        return "SECTION";
    }

    @Override
    public String objectId() {
        return Long.toString(sectionId);
    }

    @Override
    public String summary() {
        return "revision " + revisionNo + " (" + kind + ")";
    }
}
