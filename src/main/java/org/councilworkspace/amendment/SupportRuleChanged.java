package org.councilworkspace.amendment;

import org.councilworkspace.base.events.AuditableEvent;

/** A council's chair or secretariat set the support its amendments need before they can be accepted. */
public record SupportRuleChanged(Long actorId, String actorName, Long councilId, String summary)
        implements AuditableEvent {

    @Override
    public String action() {
        return "AMENDMENT_SUPPORT_RULE_SET";
    }

    @Override
    public String objectType() {
        return "COUNCIL";
    }

    @Override
    public String objectId() {
        return Long.toString(councilId);
    }
}
