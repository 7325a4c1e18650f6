package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The register when the next plan cycle starts: what is carried over, and how the previous cycle's KPIs ended. */
@ServiceTest
class CycleCarryOverTest {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired PlanService planService;
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

    private long measure(String title, MeasureStatus status) {
        long id = AsUser.call(w.plan.secretariat(), () -> register.createMeasure(w.plan.planId(),
                new NewMeasure(w.otherSectionId, title, "Text.", w.ministry, Set.of(), LocalDate.of(w.year - 3, 1, 1),
                        LocalDate.of(w.year + 1, 12, 31), List.of(), List.of())));
        if (status != MeasureStatus.PLANNED) {
            AsUser.run(w.plan.secretariat(), () -> register.changeStatus(id, status,
                    status.requiresReason() ? "Budget cut" : null, register.measure(id).measure().version()));
        }
        return id;
    }

    /** A KPI of 10 three years ago that should reach 20 last year, with last year's actual when one is given. */
    private long kpi(long measureId, String name, Direction direction, String lastYear) {
        long id = AsUser.call(w.plan.secretariat(), () -> register.addKpi(measureId, new NewKpi(name, "%", w.year - 3,
                new BigDecimal("10"), direction, "Survey", ReportingFrequency.ANNUAL,
                List.of(new KpiTarget(w.year - 1, new BigDecimal("20"))))));
        if (lastYear != null) {
            AsUser.call(w.reporter, () -> register.reportActual(id, RegisterWorld.annual(w.year - 1, lastYear)));
        }
        return id;
    }

    private long nextCycle() {
        return AsUser.call(w.plan.secretariat(), () -> planService.startNextCycle(w.plan.planId(),
                new NewPlan(Fixtures.unique("Next plan"), 2032, 2036, null)));
    }

    @Test
    void the_next_cycle_gets_the_unfinished_measures_with_status_agencies_and_every_version_of_their_actuals() {
        AsUser.run(w.plan.secretariat(), () -> register.changeStatus(w.measureId, MeasureStatus.DELAYED,
                "Waiting for the tax law", register.measure(w.measureId).measure().version()));
        AsUser.call(w.reporter, () -> register.reportActual(w.kpiId, RegisterWorld.annual(w.year - 1, "13")));
        AsUser.call(w.reporter, () -> register.correctActual(w.kpiId, RegisterWorld.annual(w.year - 1, "14"),
                "Survey revised"));
        measure("Finished measure", MeasureStatus.DONE);
        measure("Dropped measure", MeasureStatus.DROPPED);
        measure("Running measure", MeasureStatus.ONGOING);

        long next = nextCycle();

        List<Measure> carried = AsUser.call(w.plan.secretariat(), () -> register.measures(next, MeasureFilter.ALL,
                0, 50));
        assertThat(carried).extracting(Measure::title).containsExactlyInAnyOrder("EV production incentives",
                "Running measure");
        Measure ev = carried.stream().filter(m -> m.title().startsWith("EV")).findFirst().orElseThrow();
        assertThat(ev.status()).isEqualTo(MeasureStatus.DELAYED);
        assertThat(ev.statusReason()).isEqualTo("Waiting for the tax law");
        assertThat(ev.sectionId()).as("on the copy of its section").isNotEqualTo(w.sectionId);
        assertThat(AsUser.call(w.plan.secretariat(), () -> register.sections(next)))
                .anyMatch(n -> n.sectionId() == ev.sectionId() && n.title().equals("Electric vehicles"));
        MeasureDetail detail = AsUser.call(w.plan.secretariat(), () -> register.measure(ev.id()));
        assertThat(detail.coAgencies()).extracting(Agency::name).containsExactly(RegisterWorld.ASSOCIATION);
        assertThat(detail.milestones()).hasSize(1);
        assertThat(detail.budget()).hasSize(1);
        KpiProgress kpi = AsUser.call(w.plan.secretariat(), () -> register.kpis(ev.id())).get(0);
        assertThat(kpi.kpi().name()).isEqualTo("EV share of production");
        List<Actual> history = AsUser.call(w.plan.secretariat(), () -> register.actualHistory(kpi.kpi().id()));
        assertThat(history).extracting(a -> a.value().stripTrailingZeros().toPlainString()).containsExactly("13", "14");
        assertThat(history.get(1).replacesId()).isEqualTo(history.get(0).id());
        assertThat(history.get(1).correctionReason()).isEqualTo("Survey revised");
        assertThat(history.get(0).reportedBy()).as("the reporter, not whoever started the cycle")
                .isEqualTo(AsUser.call(w.plan.secretariat(), () -> register.actualHistory(w.kpiId)).get(0).reportedBy());
        assertThat(AsUser.call(w.plan.secretariat(), () -> register.measures(w.plan.planId(), MeasureFilter.ALL, 0,
                50))).as("the previous plan keeps its measures").hasSize(4);
    }

    @Test
    void the_new_plans_drafters_read_which_targets_of_the_previous_cycle_were_met_missed_or_had_no_data() {
        long done = measure("Battery plant", MeasureStatus.DONE);
        kpi(done, "Local content of batteries", Direction.INCREASE, "25");
        long running = measure("Charging network", MeasureStatus.ONGOING);
        kpi(running, "Chargers per 100 km", Direction.INCREASE, "15");
        kpi(running, "Waiting time at chargers", Direction.DECREASE, "18");
        kpi(running, "Public satisfaction", Direction.INCREASE, null);
        long next = nextCycle();

        CycleEvaluation evaluation = AsUser.call(w.plan.lead(), () -> register.previousCycle(next)).orElseThrow();

        assertThat(evaluation.previousPlanId()).isEqualTo(w.plan.planId());
        assertThat(evaluation.kpis()).filteredOn(k -> !k.kpi().name().startsWith("EV"))
                .extracting(k -> k.kpi().name(), KpiOutcome::outcome, KpiOutcome::carriedOver).containsExactly(
                        tuple("Local content of batteries", TargetOutcome.MET, false),
                        tuple("Chargers per 100 km", TargetOutcome.MISSED, true),
                        tuple("Waiting time at chargers", TargetOutcome.MET, true),
                        tuple("Public satisfaction", TargetOutcome.NO_DATA, true));
        KpiOutcome ev = evaluation.kpis().stream().filter(k -> k.kpi().name().startsWith("EV")).findFirst()
                .orElseThrow();
        assertThat(ev.target().year()).as("no target within the cycle: its last one").isEqualTo(w.year + 3);
        assertThat(ev.outcome()).isEqualTo(TargetOutcome.NO_DATA);
    }

    @Test
    void a_first_cycles_plan_has_no_previous_cycle_and_an_outsider_reads_no_evaluation() {
        assertThat(AsUser.call(w.plan.observer(), () -> register.previousCycle(w.plan.planId()))).isEmpty();
        long next = nextCycle();
        assertThatThrownBy(() -> AsUser.call(w.plan.outsider(), () -> register.previousCycle(next)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_member_who_may_not_start_the_next_cycle_carries_nothing_over() {
        assertThatThrownBy(() -> AsUser.call(w.plan.member(), () -> planService.startNextCycle(w.plan.planId(),
                new NewPlan("Next", 2032, 2036, null)))).isInstanceOf(AccessDeniedException.class);
    }
}
