package org.councilworkspace.consensus;

import java.util.List;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.plan.Plan;
import org.springframework.stereotype.Component;

/**
 * Tells a member when their objection or reservation is taken into the minority opinions annex, or its wording is
 * changed: the annex speaks in their name, so they must know, and confirm the wording the chair chose.
 */
@Component
class AnnexNotices {

    private final NotificationService notifications;
    private final ConsensusService consensus;

    AnnexNotices(NotificationService notifications, ConsensusService consensus) {
        this.notifications = notifications;
        this.consensus = consensus;
    }

    void recorded(Plan plan, Long sectionId, long memberId) {
        tell(plan, sectionId, memberId, "MINORITY_OPINION_RECORDED", "consensus.notify.annex-recorded");
    }

    void reworded(Plan plan, Long sectionId, long memberId) {
        tell(plan, sectionId, memberId, "MINORITY_OPINION_EDITED", "consensus.notify.annex-reworded");
    }

    private void tell(Plan plan, Long sectionId, long memberId, String kind, String key) {
        String subject = sectionId == null ? plan.title() : consensus.node(plan.id(), sectionId).numberedTitle();
        notifications.notify(List.of(memberId), kind, key, List.of(subject, plan.title()),
                "plans/" + plan.id() + "/consensus");
    }
}
