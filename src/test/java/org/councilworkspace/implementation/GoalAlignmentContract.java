package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilworkspace.db.Tables.AUDIT_EVENT;
import static org.councilworkspace.db.Tables.MASTER_PLAN;

import java.time.LocalDate;
import java.util.Locale;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotAMemberException;
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
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Goal frameworks per plan and the alignment of measures and sections with their goals, and who may change them. */
abstract class GoalAlignmentContract {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired PlanService planService;
    @Autowired ImplementationService register;
    @Autowired GoalAlignment alignment;
    @Autowired ProgressTracker tracker;
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

    private long addSdg() {
        return AsUser.call(w.plan.secretariat(), () -> alignment.addSdgFramework(w.plan.planId()));
    }

    private Goal goal(String code) {
        return AsUser.call(w.plan.member(), () -> alignment.goals(w.plan.planId())).stream()
                .filter(g -> g.code().equals(code)).findFirst().orElseThrow();
    }

    private int audited(String action, String objectId) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.OBJECT_ID.eq(objectId)));
    }

    @Test
    void secretariat_adds_the_sdgs_once_with_their_17_goals_and_169_targets_in_three_languages() {
        long id = addSdg();
        GoalFramework sdg = AsUser.call(w.plan.observer(), () -> alignment.frameworks(w.plan.planId())).get(0);
        assertThat(sdg.sdg()).isTrue();
        assertThat(sdg.goals()).isEqualTo(186);
        Goal target = goal("7.2");
        assertThat(target.title(Locale.ENGLISH))
                .isEqualTo("By 2030, increase substantially the share of renewable energy in the global energy mix");
        assertThat(target.title(Locale.JAPANESE)).contains("再生可能エネルギー");
        assertThat(target.title(Locale.forLanguageTag("th"))).contains("พลังงานหมุนเวียน");
        assertThat(target.parentId()).isEqualTo(goal("7").id());
        assertThat(audited("GOAL_FRAMEWORK_ADDED", Long.toString(id))).isEqualTo(1);
        assertThatThrownBy(this::addSdg).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "implementation.alignment.sdg-exists");
    }

    @Test
    void only_the_plans_managers_add_or_define_frameworks() {
        assertThatThrownBy(() -> AsUser.call(w.plan.lead(), () -> alignment.addSdgFramework(w.plan.planId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.plan.observer(), () -> alignment.addFramework(w.plan.planId(),
                "Milestones"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.plan.outsider(), () -> alignment.frameworks(w.plan.planId())))
                .isInstanceOf(NotAMemberException.class);
        long own = AsUser.call(w.plan.chair(), () -> alignment.addFramework(w.plan.planId(), "National milestones"));
        assertThatThrownBy(() -> AsUser.call(w.plan.member(), () -> alignment.addGoal(own,
                new NewGoal("M3", "EV production base", null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(w.plan.member(), () -> alignment.mayEditFrameworks(w.plan.planId()))).isFalse();
        assertThat(AsUser.call(w.plan.chair(), () -> alignment.mayEditFrameworks(w.plan.planId()))).isTrue();
    }

    @Test
    void the_plans_own_framework_takes_goals_with_a_title_per_language_and_the_sdgs_take_none() {
        long sdg = addSdg();
        long own = AsUser.call(w.plan.chair(), () -> alignment.addFramework(w.plan.planId(), "National milestones"));
        assertThatThrownBy(() -> AsUser.call(w.plan.chair(), () -> alignment.addFramework(w.plan.planId(),
                "national MILESTONES"))).hasFieldOrPropertyWithValue("messageKey",
                "implementation.alignment.framework-exists");
        long m3 = AsUser.call(w.plan.secretariat(), () -> alignment.addGoal(own, new NewGoal("M3",
                "Thailand is a base of <EV> production", "電気自動車の生産拠点", " ")));
        assertThatThrownBy(() -> AsUser.call(w.plan.secretariat(), () -> alignment.addGoal(own,
                new NewGoal("M3", "Again", null, null)))).hasFieldOrPropertyWithValue("messageKey",
                "implementation.alignment.code-exists");
        assertThatThrownBy(() -> AsUser.call(w.plan.secretariat(), () -> alignment.addGoal(own,
                new NewGoal("M4", " ", null, null)))).hasFieldOrPropertyWithValue("field", "titleEn");
        assertThatThrownBy(() -> AsUser.call(w.plan.secretariat(), () -> alignment.addGoal(sdg,
                new NewGoal("18", "A new goal", null, null)))).hasFieldOrPropertyWithValue("messageKey",
                "implementation.alignment.sdg-fixed");
        Goal goal = goal("M3");
        assertThat(goal.id()).isEqualTo(m3);
        assertThat(goal.title(Locale.JAPANESE)).isEqualTo("電気自動車の生産拠点");
        // No Thai title typed: the English one, exactly as typed, stands in.
        assertThat(goal.label(Locale.forLanguageTag("th"))).isEqualTo("M3 Thailand is a base of <EV> production");
    }

    @Test
    void lead_drafter_aligns_the_measure_on_their_section_and_every_change_is_audited() {
        addSdg();
        long target = goal("9.4").id();
        AsUser.run(w.plan.lead(), () -> alignment.alignMeasure(w.measureId, target));
        AsUser.run(w.plan.lead(), () -> alignment.alignMeasure(w.measureId, goal("13.2").id()));
        assertThat(AsUser.call(w.plan.observer(), () -> alignment.ofMeasure(w.measureId)))
                .extracting(Goal::code).containsExactly("9.4", "13.2");
        assertThatThrownBy(() -> AsUser.run(w.plan.lead(), () -> alignment.alignMeasure(w.measureId, target)))
                .hasFieldOrPropertyWithValue("messageKey", "implementation.alignment.already-aligned");
        AsUser.run(w.plan.secretariat(), () -> alignment.unalignMeasure(w.measureId, target));
        assertThat(AsUser.call(w.plan.member(), () -> alignment.ofMeasure(w.measureId)))
                .extracting(Goal::code).containsExactly("13.2");
        String measure = Long.toString(w.measureId);
        assertThat(audited("MEASURE_ALIGNED", measure)).isEqualTo(2);
        assertThat(audited("MEASURE_UNALIGNED", measure)).isEqualTo(1);
    }

    @Test
    void members_who_do_not_maintain_the_measure_cannot_change_its_alignment() {
        addSdg();
        long target = goal("9.4").id();
        assertThatThrownBy(() -> AsUser.run(w.plan.member(), () -> alignment.alignMeasure(w.measureId, target)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(w.plan.observer(), () -> alignment.alignMeasure(w.measureId, target)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(w.plan.outsider(), () -> alignment.alignMeasure(w.measureId, target)))
                .isInstanceOf(NotAMemberException.class);
        AsUser.run(w.plan.lead(), () -> alignment.alignMeasure(w.measureId, target));
        assertThatThrownBy(() -> AsUser.run(w.plan.member(), () -> alignment.unalignMeasure(w.measureId, target)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.plan.outsider(), () -> alignment.ofMeasure(w.measureId)))
                .isInstanceOf(NotAMemberException.class);
        assertThat(AsUser.call(w.plan.member(), () -> alignment.ofMeasure(w.measureId))).hasSize(1);
    }

    @Test
    void a_goal_of_another_plans_framework_is_not_found_for_this_plans_measures() {
        addSdg();
        long other = AsUser.call(w.plan.secretariat(), () -> planService.createPlan(w.plan.councilId(),
                new NewPlan(Fixtures.unique("Other plan"), 2032, 2036, "Next national plan")));
        AsUser.run(w.plan.secretariat(), () -> alignment.addSdgFramework(other));
        long foreign = AsUser.call(w.plan.member(), () -> alignment.goals(other)).stream()
                .filter(g -> g.code().equals("9.4")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> AsUser.run(w.plan.secretariat(), () -> alignment.alignMeasure(w.measureId,
                foreign))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> AsUser.run(w.plan.secretariat(), () -> alignment.alignSection(w.sectionId,
                foreign))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void sections_are_aligned_by_those_who_maintain_their_measures() {
        addSdg();
        long goal = goal("9").id();
        AsUser.run(w.plan.lead(), () -> alignment.alignSection(w.sectionId, goal));
        assertThat(AsUser.call(w.plan.observer(), () -> alignment.ofSection(w.sectionId)))
                .extracting(Goal::code).containsExactly("9");
        assertThatThrownBy(() -> AsUser.run(w.plan.lead(), () -> alignment.alignSection(w.otherSectionId, goal)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(w.plan.member(), () -> alignment.unalignSection(w.sectionId, goal)))
                .isInstanceOf(AccessDeniedException.class);
        AsUser.run(w.plan.chair(), () -> alignment.unalignSection(w.sectionId, goal));
        assertThat(AsUser.call(w.plan.member(), () -> alignment.ofSection(w.sectionId))).isEmpty();
        assertThat(audited("SECTION_ALIGNED", Long.toString(w.sectionId))).isEqualTo(1);
        assertThat(audited("SECTION_UNALIGNED", Long.toString(w.sectionId))).isEqualTo(1);
    }

    @Test
    void the_dashboard_counts_and_filters_measures_by_goal_with_their_targets() {
        addSdg();
        long other = AsUser.call(w.plan.secretariat(), () -> register.createMeasure(w.plan.planId(),
                w.measure(w.otherSectionId)));
        AsUser.run(w.plan.secretariat(), () -> alignment.alignMeasure(w.measureId, goal("9.4").id()));
        AsUser.run(w.plan.secretariat(), () -> alignment.alignMeasure(w.measureId, goal("9.2").id()));
        AsUser.run(w.plan.secretariat(), () -> alignment.alignMeasure(other, goal("9").id()));
        AsUser.run(w.plan.secretariat(), () -> alignment.alignMeasure(other, goal("13.2").id()));
        assertThat(AsUser.call(w.plan.observer(), () -> alignment.measuresByGoal(w.plan.planId())))
                .extracting(c -> c.goal().code() + "=" + c.measures()).containsExactly("9=2", "13=1");
        MeasureFilter byGoal = new MeasureFilter(null, null, null, goal("9").id());
        assertThat(AsUser.call(w.plan.member(), () -> register.countMeasures(w.plan.planId(), byGoal))).isEqualTo(2);
        MeasureFilter byTarget = new MeasureFilter(null, null, null, goal("9.4").id());
        assertThat(AsUser.call(w.plan.member(), () -> register.measures(w.plan.planId(), byTarget, 0, 10)))
                .extracting(Measure::id).containsExactly(w.measureId);
    }

    @Test
    void published_progress_keeps_each_measures_alignment_as_it_was() {
        addSdg();
        long target = goal("9.4").id();
        AsUser.run(w.plan.secretariat(), () -> alignment.alignMeasure(w.measureId, target));
        db.update(MASTER_PLAN).set(MASTER_PLAN.STATUS, PlanStatus.ADOPTED.name())
                .where(MASTER_PLAN.ID.eq(w.plan.planId())).execute();
        AsUser.call(w.plan.secretariat(), () -> tracker.publish(w.plan.planId(),
                new ProgressRequest(LocalDate.now(clock), null)));
        AsUser.run(w.plan.secretariat(), () -> alignment.unalignMeasure(w.measureId, target));
        AsUser.signOut();
        ProgressMeasure published = tracker.current(w.plan.planId()).measures().get(0);
        assertThat(published.goals()).extracting(AlignedGoal::code).containsExactly("9.4");
        assertThat(published.goals().get(0).label("ja")).startsWith("9.4 2030年までに");
    }
}
