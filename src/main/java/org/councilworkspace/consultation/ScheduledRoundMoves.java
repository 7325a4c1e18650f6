package org.councilworkspace.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.notification.NotificationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the schedule does to rounds, apart from the secretariat's own acts in {@link RoundService}: opens rounds
 * at their opening time, closes them at their deadline (the current one, so a reopened round closes at its new
 * deadline) and tells the secretariat once before a round closes. Runs inside RoundService's transaction.
 */
@Component
class ScheduledRoundMoves {

    private final RoundRepository rounds;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final RoundProgressKeeper keeper;
    private final Clock clock;
    private final Duration closingNotice;

    ScheduledRoundMoves(RoundRepository rounds, NotificationService notifications, ApplicationEventPublisher events,
                        RoundProgressKeeper keeper, Clock clock,
                        @Value("${council.consultation.closing-notice:P3D}") Duration closingNotice) {
        this.rounds = rounds;
        this.notifications = notifications;
        this.events = events;
        this.keeper = keeper;
        this.clock = clock;
        this.closingNotice = closingNotice;
    }

    int advance() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = 0;
        for (ConsultationRound round : rounds.dueToOpen(now)) {
            if (round.closesAt().isAfter(now) && rounds.changeStatus(round.id(), RoundStatus.DRAFT, RoundStatus.OPEN)) {
                events.publishEvent(new RoundChanged(null, "schedule", round.councilId(), "ROUND_OPENED", "ROUND",
                        Long.toString(round.id()), round.title()));
                changed++;
            }
        }
        for (ConsultationRound round : rounds.dueToClose(now)) {
            if (rounds.changeStatus(round.id(), RoundStatus.OPEN, RoundStatus.CLOSED)) {
                events.publishEvent(new RoundChanged(null, "schedule", round.councilId(), "ROUND_CLOSED", "ROUND",
                        Long.toString(round.id()), round.title()));
                keeper.settle(round.id());
                changed++;
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (ConsultationRound round : rounds.closingBefore(now.plus(closingNotice))) {
            if (rounds.markClosingNotified(round.id(), now)) {
                long days = Math.max(0, Duration.between(now, round.closesAt()).toDays());
                notifications.notify(rounds.secretariat(round.councilId(), today), "CONSULTATION_CLOSING",
                        "consultation.notification.closing", List.of(round.title(), Long.toString(days)),
                        "consultations/" + round.id());
                changed++;
            }
        }
        return changed;
    }
}
