package org.councilworkspace.amendment;

import java.util.List;
import org.councilworkspace.db.tables.records.AmendmentRecord;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.plan.Lead;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who hears of an amendment's steps: every step goes out as an {@link AmendmentChanged} (the audit trail and open
 * pages listen); the section's lead drafters are told of a proposal and the proposer of a decision by someone else.
 */
@Component
class AmendmentNotices {

    private final NotificationService notifications;
    private final ApplicationEventPublisher events;

    AmendmentNotices(NotificationService notifications, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.events = events;
    }

    void changed(CouncilMember me, SectionDraft draft, long amendmentId, String action, String summary) {
        events.publishEvent(new AmendmentChanged(me.actor().id(), me.actor().username(), draft.plan().councilId(),
                draft.plan().id(), draft.section().sectionId(), amendmentId, action, summary));
    }

    /** The section's lead drafters, but not the proposer if they lead it. */
    void proposedToLeads(CouncilMember me, SectionDraft draft, long amendmentId) {
        List<Long> leads = draft.section().leads().stream().map(Lead::userId)
                .filter(u -> u != me.actor().id()).toList();
        notifications.notify(leads, "AMENDMENT_PROPOSED", "amendment.notify.proposed",
                List.of(me.actor().displayName(), draft.section().numberedTitle()),
                AmendmentService.link(draft.plan().id(), amendmentId));
    }

    /** The proposer, whose amendment could not be accepted because the section changed in the same passages. */
    void conflictingToProposer(AmendmentRecord a, SectionDraft draft, int revisionNo) {
        notifications.notify(List.of(a.getProposerId()), "AMENDMENT_CONFLICTING", "amendment.notify.conflicting",
                List.of(Long.toString(a.getId()), Integer.toString(revisionNo)),
                AmendmentService.link(draft.plan().id(), a.getId()));
    }

    /** The proposer, unless they decided it themselves. */
    void decidedToProposer(AmendmentRecord a, CouncilMember me, String kind, String key, SectionDraft draft) {
        if (a.getProposerId() != me.actor().id()) {
            notifications.notify(List.of(a.getProposerId()), kind, key,
                    List.of(me.actor().displayName(), draft.section().numberedTitle()),
                    AmendmentService.link(draft.plan().id(), a.getId()));
        }
    }
}
