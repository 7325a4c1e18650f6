package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilworkspace.db.Tables.AUDIT_EVENT;

import java.math.BigDecimal;
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

/** KPIs, reported actuals, corrections as new versions, and the computed status with the council's tolerance. */
abstract class KpiLedgerContract {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired MutableClock clock;
    @Autowired DSLContext db;

    RegisterWorld w;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private KpiProgress progress() {
        return AsUser.call(w.plan.observer(), () -> register.kpis(w.measureId)).get(0);
    }

    @Test
    void a_kpi_without_actuals_has_no_data() {
        assertThat(progress().assessment().status()).isEqualTo(KpiStatus.NO_DATA);
    }

    @Test
    void reporter_of_the_lead_agency_reports_an_actual_on_the_path_and_it_is_on_track() {
        AsUser.call(w.reporter, () -> register.reportActual(w.kpiId,
                RegisterWorld.annual(w.year - 1, w.onPathLastYear().toPlainString())));
        KpiProgress progress = progress();
        assertThat(progress.assessment().status()).isEqualTo(KpiStatus.ON_TRACK);
        assertThat(progress.assessment().expected()).isEqualTo(14.0);
        assertThat(progress.actuals()).singleElement().satisfies(a -> {
            assertThat(a.evidenceUrl()).isEqualTo("https://example.org/report.pdf");
            assertThat(a.reportedBy()).isEqualTo("Test " + w.reporter.username());
        });
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ACTUAL_REPORTED"))).isPositive();
    }

    @Test
    void the_councils_tolerance_decides_between_at_risk_and_on_track() {
        // 13 trails the expected 14 by 1, which is 5 % of the planned change of 20.
        AsUser.call(w.reporter, () -> register.reportActual(w.kpiId, RegisterWorld.annual(w.year - 1, "13")));
        AsUser.run(w.plan.secretariat(), () -> register.setTolerance(w.plan.councilId(), 4));
        assertThat(progress().assessment().status()).isEqualTo(KpiStatus.AT_RISK);
        AsUser.run(w.plan.secretariat(), () -> register.setTolerance(w.plan.councilId(), 5));
        assertThat(progress().assessment().status()).isEqualTo(KpiStatus.ON_TRACK);
        AsUser.run(w.plan.secretariat(), () -> register.setTolerance(w.plan.councilId(), 2));
        assertThat(progress().assessment().status()).isEqualTo(KpiStatus.OFF_TRACK);
    }

    @Test
    void a_period_is_reported_once_and_a_changed_value_must_be_a_correction() {
        AsUser.call(w.reporter, () -> register.reportActual(w.kpiId, RegisterWorld.annual(w.year - 1, "12")));
        assertThatThrownBy(() -> AsUser.call(w.reporter,
                () -> register.reportActual(w.kpiId, RegisterWorld.annual(w.year - 1, "15"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(progress().actuals()).singleElement()
                .satisfies(a -> assertThat(a.value()).isEqualByComparingTo("12"));
    }

    @Test
    void a_correction_is_a_new_version_with_its_reason_and_the_original_stays_in_the_history() {
        long original = AsUser.call(w.reporter,
                () -> register.reportActual(w.kpiId, RegisterWorld.annual(w.year - 1, "12")));
        AsUser.call(w.reporter, () -> register.correctActual(w.kpiId, RegisterWorld.annual(w.year - 1, "14.5"),
                "Survey revised by the statistics office"));
        assertThat(progress().actuals()).singleElement()
                .satisfies(a -> assertThat(a.value()).isEqualByComparingTo("14.5"));
        List<Actual> history = AsUser.call(w.plan.member(), () -> register.actualHistory(w.kpiId));
        assertThat(history).extracting(Actual::versionNo).containsExactly(1, 2);
        assertThat(history.get(0).value()).isEqualByComparingTo("12");
        assertThat(history.get(1).replacesId()).isEqualTo(original);
        assertThat(history.get(1).correctionReason()).isEqualTo("Survey revised by the statistics office");
    }

    @Test
    void a_correction_needs_a_reason_and_something_to_correct() {
        assertThatThrownBy(() -> AsUser.call(w.reporter, () -> register.correctActual(w.kpiId,
                RegisterWorld.annual(w.year - 1, "14"), "Because")))
                .isInstanceOf(InvalidInputException.class);
        AsUser.call(w.reporter, () -> register.reportActual(w.kpiId, RegisterWorld.annual(w.year - 1, "12")));
        assertThatThrownBy(() -> AsUser.call(w.reporter, () -> register.correctActual(w.kpiId,
                RegisterWorld.annual(w.year - 1, "14"), " ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(AsUser.call(w.reporter, () -> register.actualHistory(w.kpiId))).hasSize(1);
    }

    @Test
    void observer_who_works_at_the_lead_agency_still_only_reads() {
        assertThatThrownBy(() -> AsUser.call(w.affiliatedObserver,
                () -> register.reportActual(w.kpiId, RegisterWorld.annual(w.year - 1, "12"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(w.affiliatedObserver, () -> register.mayReport(w.measureId))).isFalse();
    }

    @Test
    void reporter_of_a_co_agency_and_the_secretariat_do_not_report_for_the_lead_agency() {
        for (var who : List.of(w.otherReporter, w.plan.secretariat(), w.plan.lead())) {
            assertThatThrownBy(() -> AsUser.call(who,
                    () -> register.reportActual(w.kpiId, RegisterWorld.annual(w.year - 1, "12"))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(progress().actuals()).isEmpty();
    }

    @Test
    void a_period_that_has_not_begun_or_does_not_exist_cannot_be_reported() {
        assertThatThrownBy(() -> AsUser.call(w.reporter,
                () -> register.reportActual(w.kpiId, RegisterWorld.annual(w.year + 1, "12"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AsUser.call(w.reporter, () -> register.reportActual(w.kpiId,
                new NewActual(w.year - 1, 2, BigDecimal.ONE, null, null))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AsUser.call(w.reporter, () -> register.reportActual(w.kpiId,
                new NewActual(w.year - 1, 1, BigDecimal.ONE, "javascript:alert(1)", null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("evidence"));
    }

    @Test
    void a_kpi_needs_a_target_after_its_baseline() {
        NewKpi k = w.evShare();
        NewKpi noTarget = new NewKpi(k.name(), k.unit(), k.baselineYear(), k.baselineValue(), k.direction(),
                k.dataSource(), k.frequency(), List.of());
        NewKpi early = new NewKpi(k.name(), k.unit(), k.baselineYear(), k.baselineValue(), k.direction(),
                k.dataSource(), k.frequency(), List.of(new KpiTarget(k.baselineYear(), BigDecimal.ONE)));
        for (NewKpi bad : List.of(noTarget, early)) {
            assertThatThrownBy(() -> AsUser.call(w.plan.secretariat(), () -> register.addKpi(w.measureId, bad)))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(AsUser.call(w.plan.secretariat(), () -> register.kpis(w.measureId))).hasSize(1);
    }

    @Test
    void dashboard_counts_kpis_by_computed_status() {
        AsUser.call(w.reporter, () -> register.reportActual(w.kpiId, RegisterWorld.annual(w.year - 1, "7")));
        Dashboard dashboard = AsUser.call(w.plan.member(), () -> register.dashboard(w.plan.planId()));
        assertThat(dashboard.kpisByStatus()).containsEntry(KpiStatus.OFF_TRACK, 1).containsEntry(KpiStatus.NO_DATA, 0);
        assertThat(dashboard.tolerancePercent()).isEqualTo(10);
    }
}
