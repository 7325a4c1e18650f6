package org.councilworkspace.implementation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.implementation.ReminderRepository.OpenReport;
import org.councilworkspace.notification.NotificationService;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells each agency's reporters about their report: when the round opens, a week before the deadline, the day
 * before, and once it is overdue, until they submit it. Each reminder is a notification, so it reaches them in the
 * app and by e-mail as each person chose (at once or in the daily digest). A reminder that became due while the
 * app was down is sent by the next sweep; one whose moment has passed (a week before, when it is already the day
 * before) is skipped, so nobody gets three reminders at once.
 */
@Component
class ReportReminders {

    private final ReminderRepository reminders;
    private final NotificationService notifications;
    private final Clock clock;

    ReportReminders(ReminderRepository reminders, NotificationService notifications, Clock clock) {
        this.reminders = reminders;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** In the opening's own transaction: the news goes out with the round, or not at all. */
    @EventListener
    void onOpened(ImplementationChanged event) {
        if (!"REPORTING_ROUND_OPENED".equals(event.action()) || event.objectId() == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (OpenReport report : reminders.reportsOfRound(Long.parseLong(event.objectId()))) {
            if (reminders.claim(report.reportId(), ReminderStage.OPENED, now())) {
                // A round opened late or close to its deadline: its opening says enough for today.
                ReminderStage.dueOn(today, report.deadline()).ifPresent(s -> reminders.claim(report.reportId(), s,
                        now()));
                tell(report, ReminderStage.OPENED, today);
            }
        }
    }

    /** Sends the reminders that have become due. Returns how many reports were reminded. */
    @Scheduled(fixedDelayString = "${council.implementation.reminder-sweep:PT1H}",
            initialDelayString = "${council.implementation.reminder-sweep:PT1H}")
    @Transactional
    public int sweep() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (OpenReport report : reminders.openReports(today.plusDays(7))) {
            ReminderStage stage = ReminderStage.dueOn(today, report.deadline()).orElse(null);
            if (stage != null && reminders.claim(report.reportId(), stage, now())) {
                tell(report, stage, today);
                sent++;
            }
        }
        return sent;
    }

    private void tell(OpenReport report, ReminderStage stage, LocalDate today) {
        List<Long> reporters = reminders.reporters(report.councilId(), report.affiliation(), today);
        notifications.notify(reporters, "REPORT_" + stage.name(), stage.messageKey(), List.of(report.agencyName(),
                ReportingRounds.label(report.frequency(), report.year(), report.periodNo()), report.planTitle()),
                "reports/" + report.reportId());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
