package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilworkspace.db.Tables.AUDIT_EVENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotAMemberException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
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

/** Measures, their status record and who maintains them. */
abstract class RegisterServiceContract {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired PlanService planService;
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

    @Test
    void secretariat_records_a_measure_with_its_agencies_milestones_and_budget() {
        MeasureDetail detail = AsUser.call(w.plan.member(), () -> register.measure(w.measureId));
        assertThat(detail.measure().title()).isEqualTo("EV production incentives");
        assertThat(detail.measure().leadAgencyName()).isEqualTo(RegisterWorld.MINISTRY);
        assertThat(detail.measure().sectionTitle()).isEqualTo("Electric vehicles");
        assertThat(detail.measure().status()).isEqualTo(MeasureStatus.PLANNED);
        assertThat(detail.coAgencies()).extracting(Agency::name).containsExactly(RegisterWorld.ASSOCIATION);
        assertThat(detail.milestones()).containsExactly(new Milestone("Incentive scheme in force",
                LocalDate.of(w.year, 6, 30)));
        assertThat(detail.budget()).singleElement().satisfies(b -> {
            assertThat(b.amount()).isEqualByComparingTo("1200000");
            assertThat(b.currency()).isEqualTo("THB");
        });
        assertThat(detail.history()).extracting(StatusChange::status).containsExactly(MeasureStatus.PLANNED);
    }

    @Test
    void lead_drafter_maintains_measures_on_the_section_they_lead_and_no_other() {
        long own = AsUser.call(w.plan.lead(), () -> register.createMeasure(w.plan.planId(), w.measure(w.sectionId)));
        assertThat(AsUser.call(w.plan.lead(), () -> register.mayMaintain(own))).isTrue();
        assertThatThrownBy(() -> AsUser.call(w.plan.lead(),
                () -> register.createMeasure(w.plan.planId(), w.measure(w.otherSectionId))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(w.plan.secretariat(), () -> register.countMeasures(w.plan.planId(),
                new MeasureFilter(null, null, w.otherSectionId)))).isZero();
    }

    @Test
    void lead_drafter_cannot_move_a_measure_to_a_section_they_do_not_lead() {
        int version = AsUser.call(w.plan.lead(), () -> register.measure(w.measureId)).measure().version();
        assertThatThrownBy(() -> AsUser.run(w.plan.lead(),
                () -> register.updateMeasure(w.measureId, w.measure(w.otherSectionId), version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(w.plan.lead(), () -> register.measure(w.measureId)).measure().sectionId())
                .isEqualTo(w.sectionId);
    }

    @Test
    void member_who_leads_no_section_cannot_add_a_measure() {
        assertThatThrownBy(() -> AsUser.call(w.plan.member(),
                () -> register.createMeasure(w.plan.planId(), w.measure(w.sectionId))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void outsider_is_told_nothing_and_a_missing_measure_is_not_found() {
        assertThatThrownBy(() -> AsUser.call(w.plan.outsider(), () -> register.measure(w.measureId)))
                .isInstanceOf(NotAMemberException.class);
        assertThatThrownBy(() -> AsUser.call(w.plan.member(), () -> register.measure(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void delaying_a_measure_needs_a_reason_and_without_one_nothing_changes() {
        assertThatThrownBy(() -> AsUser.run(w.plan.secretariat(),
                () -> register.changeStatus(w.measureId, MeasureStatus.DELAYED, "  ", 0)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("reason"));
        MeasureDetail detail = AsUser.call(w.plan.secretariat(), () -> register.measure(w.measureId));
        assertThat(detail.measure().status()).isEqualTo(MeasureStatus.PLANNED);
        assertThat(detail.history()).hasSize(1);
    }

    @Test
    void every_status_change_stays_on_the_record_with_who_and_why_and_in_the_audit() {
        AsUser.run(w.plan.secretariat(), () -> register.changeStatus(w.measureId, MeasureStatus.ONGOING, null, 0));
        AsUser.run(w.plan.lead(), () -> register.changeStatus(w.measureId, MeasureStatus.DELAYED,
                "Budget <b>not</b> released", 1));
        MeasureDetail detail = AsUser.call(w.plan.observer(), () -> register.measure(w.measureId));
        assertThat(detail.measure().status()).isEqualTo(MeasureStatus.DELAYED);
        assertThat(detail.measure().statusReason()).isEqualTo("Budget <b>not</b> released");
        assertThat(detail.history()).extracting(StatusChange::status)
                .containsExactly(MeasureStatus.PLANNED, MeasureStatus.ONGOING, MeasureStatus.DELAYED);
        assertThat(detail.history().get(2).changedBy()).isEqualTo("Test " + w.plan.lead().username());
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("MEASURE_STATUS_CHANGED")
                .and(AUDIT_EVENT.OBJECT_ID.eq(Long.toString(w.measureId))))).isEqualTo(2);
    }

    @Test
    void a_status_change_on_a_stale_version_is_refused() {
        AsUser.run(w.plan.secretariat(), () -> register.changeStatus(w.measureId, MeasureStatus.ONGOING, null, 0));
        assertThatThrownBy(() -> AsUser.run(w.plan.chair(),
                () -> register.changeStatus(w.measureId, MeasureStatus.DONE, null, 0)))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void a_measure_cannot_sit_on_a_section_of_another_plan() {
        long otherPlan = AsUser.call(w.plan.secretariat(), () -> planService.createPlan(w.plan.councilId(),
                new NewPlan("Other plan", 2027, 2031, null)));
        long foreignSection = AsUser.call(w.plan.secretariat(), () -> outline.addSection(otherPlan, null, "Other"));
        assertThatThrownBy(() -> AsUser.call(w.plan.secretariat(),
                () -> register.createMeasure(w.plan.planId(), w.measure(foreignSection))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void lead_agency_must_be_one_of_the_councils_own_and_not_also_a_co_agency() {
        long foreign = AsUser.call(w.plan.outsider(), () -> register.addAgency(
                councils.myCouncils().get(0).councilId(), "Foreign agency", null));
        NewMeasure m = w.measure(w.sectionId);
        NewMeasure foreignLead = new NewMeasure(m.sectionId(), m.title(), m.description(), foreign, Set.of(),
                m.startsOn(), m.endsOn(), m.milestones(), m.budget());
        NewMeasure leadTwice = new NewMeasure(m.sectionId(), m.title(), m.description(), w.ministry,
                Set.of(w.ministry), m.startsOn(), m.endsOn(), m.milestones(), m.budget());
        assertThatThrownBy(() -> AsUser.call(w.plan.secretariat(), () -> register.createMeasure(w.plan.planId(),
                foreignLead))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AsUser.call(w.plan.secretariat(), () -> register.createMeasure(w.plan.planId(),
                leadTwice))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void budget_needs_a_currency_code_and_one_line_per_year() {
        NewMeasure m = w.measure(w.sectionId);
        NewMeasure badCurrency = new NewMeasure(m.sectionId(), m.title(), m.description(), w.ministry, Set.of(),
                m.startsOn(), m.endsOn(), List.of(), List.of(new BudgetLine(w.year, BigDecimal.TEN, "baht")));
        NewMeasure twice = new NewMeasure(m.sectionId(), m.title(), m.description(), w.ministry, Set.of(),
                m.startsOn(), m.endsOn(), List.of(), List.of(new BudgetLine(w.year, BigDecimal.TEN, "THB"),
                new BudgetLine(w.year, BigDecimal.ONE, "THB")));
        for (NewMeasure bad : List.of(badCurrency, twice)) {
            assertThatThrownBy(() -> AsUser.call(w.plan.secretariat(),
                    () -> register.createMeasure(w.plan.planId(), bad)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("budget"));
        }
    }

    @Test
    void an_agency_name_is_used_once_per_council() {
        assertThatThrownBy(() -> AsUser.call(w.plan.secretariat(),
                () -> register.addAgency(w.plan.councilId(), "ministry of industry", null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void dashboard_counts_measures_by_status_and_by_agency() {
        AsUser.run(w.plan.secretariat(), () -> register.changeStatus(w.measureId, MeasureStatus.DELAYED, "Late", 0));
        NewMeasure m = w.measure(w.otherSectionId);
        AsUser.call(w.plan.secretariat(), () -> register.createMeasure(w.plan.planId(), new NewMeasure(
                m.sectionId(), "Training centres", m.description(), w.association, Set.of(), m.startsOn(),
                m.endsOn(), List.of(), List.of())));
        Dashboard dashboard = AsUser.call(w.plan.observer(), () -> register.dashboard(w.plan.planId()));
        assertThat(dashboard.measureCount()).isEqualTo(2);
        assertThat(dashboard.measuresByStatus()).containsEntry(MeasureStatus.DELAYED, 1)
                .containsEntry(MeasureStatus.PLANNED, 1);
        assertThat(dashboard.measuresByAgency()).containsExactly(
                new AgencyCount(w.association, RegisterWorld.ASSOCIATION, 1, 0, 0),
                new AgencyCount(w.ministry, RegisterWorld.MINISTRY, 1, 1, 0));
        assertThat(dashboard.kpisByStatus()).containsEntry(KpiStatus.NO_DATA, 1);
        assertThat(AsUser.call(w.plan.member(), () -> register.measures(w.plan.planId(),
                new MeasureFilter(MeasureStatus.DELAYED, null, null), 0, 10)))
                .extracting(Measure::id).containsExactly(w.measureId);
    }
}
