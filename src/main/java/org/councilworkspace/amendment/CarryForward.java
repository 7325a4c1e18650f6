package org.councilworkspace.amendment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.db.tables.records.AmendmentRecord;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.plan.SectionRevised;
import org.councilworkspace.plan.text.MergeOutcome;
import org.councilworkspace.plan.text.ThreeWayMerge;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps open amendments on the section's newest text. When a section gets a new revision, each open
 * amendment drafted on an older one is merged onto it (three-way: its base, its text, the new text): if the
 * changes do not overlap it moves forward silently; if they do it is flagged CONFLICTING, keeps the proposer's
 * words, and the proposer is told.
 *
 * <p>Done eagerly, in the saving transaction (which holds the section's row lock), rather than lazily when an
 * amendment is read: the plan's list filters and counts states in SQL, so the stored state must be true for
 * amendments nobody has opened yet, and the proposer should hear of a conflict when it arises. A section has
 * a handful of open amendments, so the extra merges cost little next to the save itself.
 */
@Component
class CarryForward {

    /** The proposal merged onto a newer text, or the conflict that prevents it. */
    record Rebased(String text, boolean conflicting) {
    }

    private final AmendmentRepository amendments;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CarryForward(AmendmentRepository amendments, NotificationService notifications, ApplicationEventPublisher events,
                 Clock clock) {
        this.amendments = amendments;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    static Rebased rebase(String baseText, String proposed, String currentText) {
        MergeOutcome merged = ThreeWayMerge.merge(baseText, proposed, currentText);
        if (merged instanceof MergeOutcome.Clean clean) {
            return new Rebased(clean.text(), false);
        }
        return new Rebased(proposed, true);
    }

    @EventListener
    void sectionRevised(SectionRevised e) {
        List<AmendmentRecord> behind = amendments.openBehind(e.sectionId(), e.revisionId());
        if (behind.isEmpty()) {
            return;
        }
        String current = amendments.revisionBody(e.revisionId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (AmendmentRecord a : behind) {
            String base = a.getBaseRevisionId() == null ? "" : amendments.revisionBody(a.getBaseRevisionId());
            Rebased rebased = rebase(base, a.getProposedText(), current);
            // The rows are locked, so the version still matches; the check only guards against surprises.
            if (!rebased.conflicting()) {
                if (!amendments.rewrite(a.getId(), a.getVersion(), e.revisionId(), rebased.text(), a.getRationale(),
                        AmendmentState.OPEN, null, now)) {
                    continue;
                }
                amendments.insertStep(a.getId(), AmendmentStep.Kind.CARRIED, null, null, e.revisionId(), now);
                publish(e, a, "AMENDMENT_CARRIED_FORWARD", "onto revision " + e.revisionNo());
            } else {
                if (!amendments.rewrite(a.getId(), a.getVersion(), a.getBaseRevisionId(), a.getProposedText(),
                        a.getRationale(), AmendmentState.CONFLICTING, e.revisionId(), now)) {
                    continue;
                }
                amendments.insertStep(a.getId(), AmendmentStep.Kind.CONFLICTED, null, null, e.revisionId(), now);
                publish(e, a, "AMENDMENT_CONFLICTING", "conflicts with revision " + e.revisionNo());
                notifications.notify(List.of(a.getProposerId()), "AMENDMENT_CONFLICTING",
                        "amendment.notify.conflicting", List.of(Long.toString(a.getId()), Integer.toString(e.revisionNo())),
                        AmendmentService.link(e.planId(), a.getId()));
            }
        }
    }

    private void publish(SectionRevised e, AmendmentRecord a, String action, String summary) {
        events.publishEvent(new AmendmentChanged(e.actorId(), e.actorName(), e.councilId(), e.planId(), e.sectionId(),
                a.getId(), action, summary));
    }
}
