package org.councilworkspace.consensus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.plan.RevisionKind;
import org.councilworkspace.plan.SaveStakes;
import org.councilworkspace.plan.SectionRevised;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Positions and what a save does to them: the editor asks how many a substantive save would make stale, and after
 * such a save the members who held them are asked to confirm their view on the new text. Editorial saves leave
 * positions standing, so nobody is told.
 */
@Component
class PositionsAtStake implements SaveStakes {

    private final PositionRepository positions;
    private final NotificationService notifications;
    private final Clock clock;

    PositionsAtStake(PositionRepository positions, NotificationService notifications, Clock clock) {
        this.positions = positions;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public int positionsAtStake(long sectionId) {
        return positions.standingOn(sectionId, LocalDate.now(clock));
    }

    /** In the save's own transaction, so the notice and the revision are stored together or not at all. */
    @EventListener
    void onSectionRevised(SectionRevised revised) {
        if (revised.kind() == RevisionKind.EDITORIAL) {
            return;
        }
        List<Long> holders = positions.holdersUnsettledBy(revised.sectionId(), revised.revisionId()).stream()
                .filter(id -> !id.equals(revised.actorId()))
                .toList();
        if (holders.isEmpty()) {
            return;
        }
        notifications.notify(holders, "POSITION_STALE", "position.notify.stale",
                List.of(revised.authorDisplayName(), Integer.toString(revised.revisionNo())),
                "plans/" + revised.planId() + "/sections/" + revised.sectionId());
    }
}
