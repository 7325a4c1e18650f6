package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilworkspace.db.Tables.AUDIT_EVENT;
import static org.councilworkspace.db.Tables.MASTER_PLAN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.PlanStatus;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Publishing a plan's progress: a snapshot only its managers make, that nothing later changes, read by anyone. */
abstract class ProgressTrackerContract {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired PlanService planService;
    @Autowired ImplementationService register;
    @Autowired ProgressTracker tracker;
    @Autowired MutableClock clock;
    @Autowired DSLContext db;

    RegisterWorld w;
    LocalDate today;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
        today = LocalDate.now(clock);
        // Adoption itself (consensus on every section, the chair's sign-off) is the plan feature's to test.
        adopt(w.plan.planId());
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private void adopt(long planId) {
        db.update(MASTER_PLAN).set(MASTER_PLAN.STATUS, PlanStatus.ADOPTED.name()).where(MASTER_PLAN.ID.eq(planId))
                .execute();
    }

    private long publish(TestUser who, LocalDate asOf, String reason) {
        return AsUser.call(who, () -> tracker.publish(w.plan.planId(), new ProgressRequest(asOf, reason)));
    }

    private PublishedProgress current() {
        AsUser.signOut();
        return tracker.current(w.plan.planId());
    }

    @Test
    void the_published_snapshot_stays_as_it_was_when_the_register_changes_later() {
        AsUser.run(w.reporter, () -> register.reportActual(w.kpiId, RegisterWorld.annual(w.year - 1, "14")));
        AsUser.run(w.plan.secretariat(), () -> register.changeStatus(w.measureId, MeasureStatus.ONGOING, null, 0));
        long id = publish(w.plan.secretariat(), today, null);

        AsUser.run(w.plan.secretariat(), () -> register.changeStatus(w.measureId, MeasureStatus.DELAYED,
                "Budget not released", 1));
        AsUser.run(w.reporter, () -> register.correctActual(w.kpiId, RegisterWorld.annual(w.year - 1, "11"),
                "Survey revised"));
        AsUser.run(w.plan.secretariat(), () -> register.setTolerance(w.plan.councilId(), 25));
        AsUser.run(w.plan.secretariat(), () -> register.createMeasure(w.plan.planId(), w.measure(w.otherSectionId)));

        PublishedProgress read = current();
        assertThat(read.publication().id()).isEqualTo(id);
        assertThat(read.publication().asOf()).isEqualTo(today);
        assertThat(read.publication().tolerancePercent()).isEqualTo(10);
        assertThat(read.measures()).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("EV production incentives");
            assertThat(m.leadAgency()).isEqualTo(RegisterWorld.MINISTRY);
            assertThat(m.status()).isEqualTo(MeasureStatus.ONGOING);
            assertThat(m.statusReason()).isNull();
            assertThat(m.sectionTitle()).endsWith("Electric vehicles");
        });
        assertThat(read.kpis()).singleElement().satisfies(k -> {
            assertThat(k.kpi().name()).isEqualTo("EV share of production");
            assertThat(k.kpi().baselineValue()).isEqualByComparingTo("10");
            assertThat(k.kpi().targets()).extracting(KpiTarget::year).containsExactly(w.year + 3);
            assertThat(k.actuals()).extracting(Actual::value).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("14"));
            assertThat(k.status()).isEqualTo(KpiStatus.ON_TRACK);
            assertThat(k.expected()).isEqualByComparingTo(w.onPathLastYear());
        });
        assertThat(read.measuresByStatus()).containsEntry(MeasureStatus.ONGOING, 1)
                .containsEntry(MeasureStatus.DELAYED, 0);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PROGRESS_PUBLISHED")
                .and(AUDIT_EVENT.OBJECT_ID.eq(Long.toString(id))))).isEqualTo(1);
    }

    @Test
    void only_accepted_actuals_are_published_never_a_draft_or_a_returned_report() {
        long round = AsUser.call(w.plan.secretariat(), () -> register.openReportingRound(w.plan.planId(),
                new NewRound(ReportingFrequency.ANNUAL, w.year - 1, 1, today.plusDays(14))));
        long report = AsUser.call(w.reporter, () -> register.reportingTasks(w.plan.councilId())).stream()
                .filter(r -> r.round().id() == round).findFirst().orElseThrow().id();
        AsUser.run(w.reporter, () -> register.saveReportDraft(report, List.of(new ReportEntry(w.kpiId,
                new BigDecimal("99"), null, "Draft")), version(report)));
        publish(w.plan.secretariat(), today.minusDays(2), null);
        assertThat(current().kpis().get(0).actuals()).as("a draft").isEmpty();
        assertThat(current().kpis().get(0).status()).isEqualTo(KpiStatus.NO_DATA);

        AsUser.run(w.reporter, () -> register.submitReport(report, version(report)));
        AsUser.run(w.plan.secretariat(), () -> register.returnReport(report, "Check the total", version(report)));
        publish(w.plan.chair(), today.minusDays(1), null);
        assertThat(current().kpis().get(0).actuals()).as("a returned report").isEmpty();

        AsUser.run(w.reporter, () -> register.saveReportDraft(report, List.of(new ReportEntry(w.kpiId,
                new BigDecimal("99"), null, "Checked")), version(report)));
        AsUser.run(w.reporter, () -> register.submitReport(report, version(report)));
        AsUser.run(w.plan.secretariat(), () -> register.acceptReport(report, version(report)));
        publish(w.plan.secretariat(), today, null);
        assertThat(current().kpis().get(0).actuals()).extracting(Actual::value)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("99"));
    }

    private int version(long report) {
        return AsUser.call(w.plan.secretariat(), () -> register.report(report)).report().version();
    }

    @Test
    void a_new_publication_supersedes_the_last_and_a_correction_names_its_reason_while_the_earlier_stays_readable() {
        long first = publish(w.plan.secretariat(), today.minusDays(1), null);
        assertThatThrownBy(() -> publish(w.plan.secretariat(), today.minusDays(1), " "))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                        .isEqualTo("implementation.progress.correction-reason"));
        AsUser.run(w.plan.secretariat(), () -> register.changeStatus(w.measureId, MeasureStatus.ONGOING, null, 0));
        long correction = publish(w.plan.chair(), today.minusDays(1), "The measure had started <b>already</b>.");

        List<ProgressPublication> all = tracker.publications(w.plan.planId());
        assertThat(all).extracting(ProgressPublication::id).containsExactly(correction, first);
        assertThat(all.get(0).correctsId()).isEqualTo(first);
        assertThat(all.get(0).correctionReason()).isEqualTo("The measure had started <b>already</b>.");
        assertThat(current().measures().get(0).status()).isEqualTo(MeasureStatus.ONGOING);
        assertThat(tracker.publication(w.plan.planId(), first).measures().get(0).status())
                .isEqualTo(MeasureStatus.PLANNED);
        assertThatThrownBy(() -> publish(w.plan.secretariat(), today.minusDays(2), null))
                .as("before the current publication").isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                        .isEqualTo("implementation.progress.before-current"));
        long next = publish(w.plan.secretariat(), today, null);
        assertThat(tracker.publications(w.plan.planId()).get(0).id()).isEqualTo(next);
        assertThat(tracker.publications(w.plan.planId()).get(0).isCorrection()).isFalse();
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PROGRESS_CORRECTED")
                .and(AUDIT_EVENT.COUNCIL_ID.eq(w.plan.councilId())))).isEqualTo(1);
    }

    @Test
    void only_the_secretariat_or_chair_of_the_council_may_publish_progress() {
        for (TestUser wrong : List.of(w.plan.member(), w.plan.lead(), w.plan.observer(), w.reporter,
                w.affiliatedObserver, w.plan.outsider())) {
            assertThatThrownBy(() -> publish(wrong, today, null)).as(wrong.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(tracker.publications(w.plan.planId())).isEmpty();
        assertThat(AsUser.call(w.plan.member(), () -> tracker.mayPublish(w.plan.planId()))).isFalse();
        assertThat(AsUser.call(w.plan.chair(), () -> tracker.mayPublish(w.plan.planId()))).isTrue();
        publish(w.plan.chair(), today, null);
        assertThat(tracker.publications(w.plan.planId())).hasSize(1);
    }

    @Test
    void nonsense_is_refused_with_its_reason_and_nothing_is_published() {
        assertThat(refusal(w.plan.planId(), new ProgressRequest(today.plusDays(1), null)))
                .isEqualTo("implementation.progress.future");
        assertThat(refusal(w.plan.planId(), new ProgressRequest(null, null))).isEqualTo("validation.required");
        assertThat(refusal(w.plan.planId(), new ProgressRequest(today, "Nothing was published yet")))
                .isEqualTo("implementation.progress.nothing-to-correct");
        long empty = AsUser.call(w.plan.secretariat(), () -> planService.createPlan(w.plan.councilId(),
                new NewPlan(Fixtures.unique("Empty plan"), 2027, 2031, "National plan")));
        adopt(empty);
        assertThat(refusal(empty, new ProgressRequest(today, null))).isEqualTo("implementation.progress.empty");
        long drafting = AsUser.call(w.plan.secretariat(), () -> planService.createPlan(w.plan.councilId(),
                new NewPlan(Fixtures.unique("Drafted plan"), 2032, 2036, "National plan")));
        assertThat(refusal(drafting, new ProgressRequest(today, null)))
                .isEqualTo("implementation.progress.plan-not-public");
        assertThat(tracker.publications(w.plan.planId())).isEmpty();
        assertThat(tracker.publications(empty)).isEmpty();
        assertThatThrownBy(() -> tracker.current(w.plan.planId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_publication_is_found_only_under_its_own_plan() {
        long id = publish(w.plan.secretariat(), today, null);
        assertThat(tracker.publication(w.plan.planId(), id).publication().id()).isEqualTo(id);
        assertThatThrownBy(() -> tracker.publication(w.plan.planId() + 1_000_000, id))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracker.publication(w.plan.planId(), id + 1_000_000))
                .isInstanceOf(NotFoundException.class);
        assertThat(tracker.currentOfPlans(w.plan.councilId())).extracting(ProgressPublication::id).containsExactly(id);
    }

    private String refusal(long planId, ProgressRequest request) {
        try {
            AsUser.call(w.plan.secretariat(), () -> tracker.publish(planId, request));
        } catch (InvalidInputException e) {
            return e.messageKey();
        }
        return "published";
    }
}
