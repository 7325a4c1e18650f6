package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilworkspace.db.Tables.AUDIT_EVENT;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A reporting round from opening to an accepted, locked report; returns, wrong people and the deadline. */
abstract class ReportingRoundsContract {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired MutableClock clock;
    @Autowired DSLContext db;

    RegisterWorld w;
    long roundId;
    long reportId;

    @BeforeEach
    void round() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
        roundId = AsUser.call(w.plan.secretariat(), () -> register.openReportingRound(w.plan.planId(),
                new NewRound(ReportingFrequency.ANNUAL, w.year - 1, 1, LocalDate.now(clock).plusDays(14))));
        reportId = AsUser.call(w.reporter, () -> register.reportingTasks(w.plan.councilId())).get(0).id();
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private int version() {
        return AsUser.call(w.plan.secretariat(), () -> register.report(reportId)).report().version();
    }

    private void fillAndSubmit(String value) {
        AsUser.run(w.reporter, () -> register.saveReportDraft(reportId, List.of(new ReportEntry(w.kpiId,
                new BigDecimal(value), "https://example.org/oie.pdf", "Survey")), version()));
        AsUser.run(w.reporter, () -> register.submitReport(reportId, version()));
    }

    @Test
    void each_lead_agency_gets_one_task_listing_its_kpis_with_the_deadline() {
        List<AgencyReport> tasks = AsUser.call(w.reporter, () -> register.reportingTasks(w.plan.councilId()));
        assertThat(tasks).singleElement().satisfies(t -> {
            assertThat(t.agencyName()).isEqualTo(RegisterWorld.MINISTRY);
            assertThat(t.round().deadline()).isEqualTo(LocalDate.now(clock).plusDays(14));
            assertThat(t.status()).isEqualTo(ReportStatus.DRAFT);
        });
        ReportDetail detail = AsUser.call(w.reporter, () -> register.report(reportId));
        assertThat(detail.lines()).extracting(l -> l.kpi().id()).containsExactly(w.kpiId);
        assertThat(AsUser.call(w.otherReporter, () -> register.reportingTasks(w.plan.councilId()))).isEmpty();
        assertThat(AsUser.call(w.affiliatedObserver, () -> register.reportingTasks(w.plan.councilId()))).isEmpty();
    }

    @Test
    void a_draft_is_saved_then_submitted_and_accepting_it_makes_the_actual_and_locks_the_report() {
        fillAndSubmit("14");
        AsUser.run(w.plan.secretariat(), () -> register.acceptReport(reportId, version()));
        KpiProgress progress = AsUser.call(w.plan.member(), () -> register.kpis(w.measureId)).get(0);
        assertThat(progress.actuals()).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualByComparingTo("14");
            assertThat(a.reportedBy()).isEqualTo("Test " + w.reporter.username());
        });
        assertThat(progress.assessment().status()).isEqualTo(KpiStatus.ON_TRACK);
        assertThatThrownBy(() -> AsUser.run(w.reporter, () -> register.saveReportDraft(reportId, List.of(),
                version()))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                        .isEqualTo("implementation.report-locked"));
        assertThatThrownBy(() -> AsUser.run(w.plan.secretariat(), () -> register.returnReport(reportId, "Again",
                version()))).isInstanceOf(InvalidInputException.class);
        for (String action : List.of("REPORTING_ROUND_OPENED", "REPORT_DRAFT_SAVED", "REPORT_SUBMITTED",
                "REPORT_ACCEPTED")) {
            assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action)
                    .and(AUDIT_EVENT.COUNCIL_ID.eq(w.plan.councilId())))).as(action).isPositive();
        }
    }

    @Test
    void a_returned_report_carries_the_comment_and_can_be_changed_and_submitted_again() {
        fillAndSubmit("9");
        assertThatThrownBy(() -> AsUser.run(w.plan.secretariat(), () -> register.returnReport(reportId, " ",
                version()))).isInstanceOf(InvalidInputException.class);
        AsUser.run(w.plan.secretariat(), () -> register.returnReport(reportId, "Please check the survey total.",
                version()));
        AgencyReport returned = AsUser.call(w.reporter, () -> register.report(reportId)).report();
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Please check the survey total.");
        fillAndSubmit("13.5");
        assertThat(AsUser.call(w.reporter, () -> register.report(reportId)).report().status())
                .isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void a_report_with_a_kpi_left_empty_cannot_be_submitted() {
        assertThatThrownBy(() -> AsUser.run(w.reporter, () -> register.submitReport(reportId, version())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void only_the_agencys_reporter_fills_in_and_only_the_managers_decide() {
        for (var who : List.of(w.otherReporter, w.affiliatedObserver, w.plan.secretariat(), w.plan.lead())) {
            assertThatThrownBy(() -> AsUser.run(who, () -> register.saveReportDraft(reportId, List.of(), version())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        fillAndSubmit("14");
        for (var who : List.of(w.reporter, w.plan.member(), w.plan.observer())) {
            assertThatThrownBy(() -> AsUser.run(who, () -> register.acceptReport(reportId, version())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> AsUser.call(w.plan.member(), () -> register.openReportingRound(w.plan.planId(),
                new NewRound(ReportingFrequency.ANNUAL, w.year, 1, LocalDate.now(clock).plusDays(5)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_report_still_open_after_the_deadline_is_overdue() {
        AgencyReport report = AsUser.call(w.reporter, () -> register.report(reportId)).report();
        assertThat(report.overdue(LocalDate.now(clock))).isFalse();
        clock.advance(Duration.ofDays(15));
        assertThat(report.overdue(LocalDate.now(clock))).isTrue();
    }

    @Test
    void a_period_has_one_round_and_its_deadline_cannot_be_before_the_period() {
        assertThatThrownBy(() -> AsUser.call(w.plan.secretariat(), () -> register.openReportingRound(
                w.plan.planId(), new NewRound(ReportingFrequency.ANNUAL, w.year - 1, 1,
                        LocalDate.now(clock).plusDays(3))))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AsUser.call(w.plan.secretariat(), () -> register.openReportingRound(
                w.plan.planId(), new NewRound(ReportingFrequency.ANNUAL, w.year, 1,
                        LocalDate.of(w.year - 1, 12, 31))))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AsUser.call(w.plan.secretariat(), () -> register.openReportingRound(
                w.plan.planId(), new NewRound(ReportingFrequency.QUARTERLY, w.year, 1,
                        LocalDate.now(clock).plusDays(3))))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                        .isEqualTo("implementation.round-without-kpis"));
    }
}
