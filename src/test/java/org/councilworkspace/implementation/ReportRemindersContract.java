package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.notification.NotificationItem;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reporters of an agency are told when a round opens and reminded as its deadline comes, each time once. */
abstract class ReportRemindersContract {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired NotificationService notifications;
    @Autowired ReportReminders reminders;
    @Autowired MutableClock clock;

    RegisterWorld w;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private long open(int daysToDeadline) {
        return AsUser.call(w.plan.secretariat(), () -> register.openReportingRound(w.plan.planId(), new NewRound(
                ReportingFrequency.ANNUAL, w.year - 1, 1, LocalDate.now(clock).plusDays(daysToDeadline))));
    }

    private List<NotificationItem> reminded(TestUser person) {
        return AsUser.call(person, () -> notifications.mine(0, 200)).stream()
                .filter(n -> n.kind().startsWith("REPORT_")).toList();
    }

    private List<String> kinds(TestUser person) {
        return reminded(person).stream().map(NotificationItem::kind).sorted().toList();
    }

    /**
     * Runs the sweep and says how many reminders this test's reporter got from it. Reports that other tests left
     * open in the shared database fall due too as the shared clock moves, so the sweep's own count is not this
     * test's.
     */
    private int sweep() {
        int before = reminded(w.reporter).size();
        reminders.sweep();
        return reminded(w.reporter).size() - before;
    }

    @Test
    void the_reporters_hear_of_the_opening_a_week_before_the_day_before_and_when_overdue_each_once() {
        open(10);
        long reportId = AsUser.call(w.reporter, () -> register.reportingTasks(w.plan.councilId())).get(0).id();
        assertThat(reminded(w.reporter)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("REPORT_OPENED");
            assertThat(n.messageKey()).isEqualTo("implementation.notify.report-opened");
            assertThat(n.args()).hasSize(3).startsWith(RegisterWorld.MINISTRY, Integer.toString(w.year - 1));
            assertThat(n.args().get(2)).startsWith("Plan");
            assertThat(n.link()).isEqualTo("reports/" + reportId);
        });
        // Another agency's member, an observer with the ministry's affiliation, and the one who opened it: nothing.
        assertThat(reminded(w.otherReporter)).isEmpty();
        assertThat(reminded(w.affiliatedObserver)).isEmpty();
        assertThat(reminded(w.plan.secretariat())).isEmpty();

        assertThat(sweep()).isZero();
        clock.advance(Duration.ofDays(3));
        assertThat(sweep()).isEqualTo(1);
        assertThat(sweep()).isZero();
        clock.advance(Duration.ofDays(6));
        assertThat(sweep()).isEqualTo(1);
        clock.advance(Duration.ofDays(2));
        assertThat(sweep()).isEqualTo(1);
        assertThat(sweep()).isZero();

        assertThat(kinds(w.reporter)).containsExactly("REPORT_DUE_IN_A_WEEK", "REPORT_DUE_TOMORROW", "REPORT_OPENED",
                "REPORT_OVERDUE");
        assertThat(reminded(w.otherReporter)).isEmpty();
        assertThat(reminded(w.affiliatedObserver)).isEmpty();
    }

    @Test
    void a_submitted_report_is_not_reminded_again() {
        open(5);
        long reportId = AsUser.call(w.reporter, () -> register.reportingTasks(w.plan.councilId())).get(0).id();
        // Opened within the last week: the opening is the week's reminder.
        assertThat(sweep()).isZero();
        AsUser.run(w.reporter, () -> register.saveReportDraft(reportId, List.of(new ReportEntry(w.kpiId,
                new BigDecimal("14"), "https://example.org/oie.pdf", "Survey")), 0));
        int version = AsUser.call(w.reporter, () -> register.report(reportId)).report().version();
        AsUser.run(w.reporter, () -> register.submitReport(reportId, version));

        clock.advance(Duration.ofDays(10));
        assertThat(sweep()).isZero();
        assertThat(kinds(w.reporter)).containsExactly("REPORT_OPENED");
    }

    @Test
    void a_round_opened_after_its_deadline_is_announced_once_and_not_also_as_overdue() {
        open(-3);
        assertThat(sweep()).isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(sweep()).isZero();
        assertThat(kinds(w.reporter)).containsExactly("REPORT_OPENED");
    }
}
