package org.councilworkspace.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilworkspace.consensus.Stance;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;


abstract class PlanServiceContract {

    @Autowired PlanFixtures planFixtures;
    @Autowired PlanService plans;
    @Autowired OutlineService outline;
    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired org.councilworkspace.consensus.ConsensusService consensus;
    @Autowired org.councilworkspace.consensus.ChairService chair;

    PlanWorld w;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void only_the_chair_and_secretariat_create_plans() {
        NewPlan plan = new NewPlan("Plan", 2027, 2031, null);
        assertThat(AsUser.call(w.chair(), () -> plans.createPlan(w.councilId(), plan))).isPositive();
        for (var who : new org.councilworkspace.testsupport.TestUser[] {w.member(), w.observer(), w.outsider(), w.admin()}) {
            assertThatThrownBy(() -> AsUser.call(who, () -> plans.createPlan(w.councilId(), plan)))
                    .as(who.username()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void bad_plan_input_is_refused_at_the_field() {
        assertThatThrownBy(() -> AsUser.call(w.chair(), () -> plans.createPlan(w.councilId(), new NewPlan("", 2027, 2031, null))))
                .hasMessageContaining("title");
        assertThatThrownBy(() -> AsUser.call(w.chair(), () -> plans.createPlan(w.councilId(), new NewPlan("P", 2031, 2027, null))))
                .hasMessageContaining("cycleEnd");
        assertThatThrownBy(() -> AsUser.call(w.chair(), () -> plans.createPlan(w.councilId(), new NewPlan("P", null, 2027, null))))
                .hasMessageContaining("cycleStart");
    }

    @Test
    void the_status_moves_only_along_the_allowed_path() {
        Plan plan = AsUser.call(w.secretariat(), () -> plans.changeStatus(w.planId(), PlanStatus.DELIBERATION, 0));
        assertThat(plan.status()).isEqualTo(PlanStatus.DELIBERATION);
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> plans.changeStatus(w.planId(), PlanStatus.PUBLISHED, 1)))
                .hasMessageContaining("plan.transition-not-allowed");
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> plans.changeStatus(w.planId(), PlanStatus.CONSULTATION, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adoption_is_the_chairs_and_freezes_and_locks_the_text() {
        long section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "Agreed text.");
        AsUser.call(w.secretariat(), () -> plans.changeStatus(w.planId(), PlanStatus.DELIBERATION, 0));
        AsUser.call(w.secretariat(), () -> plans.changeStatus(w.planId(), PlanStatus.FINAL_REVIEW, 1));
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> plans.changeStatus(w.planId(), PlanStatus.ADOPTED, 2)))
                .as("the secretariat does not sign off adoption").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.chair(), () -> plans.changeStatus(w.planId(), PlanStatus.ADOPTED, 2)))
                .as("not every section is agreed yet").hasMessageContaining("plan.not-all-agreed");
        AsUser.call(w.lead(), () -> consensus.recordPosition(w.planId(), section, Stance.AGREE, null));
        AsUser.call(w.member(), () -> consensus.recordPosition(w.planId(), section, Stance.AGREE, null));
        AsUser.run(w.chair(), () -> chair.declare(w.planId(), section, "Agreed.", false));
        AsUser.call(w.chair(), () -> plans.changeStatus(w.planId(), PlanStatus.ADOPTED, 2));

        var adopted = AsUser.call(w.member(), () -> versions.versions(w.planId()));
        assertThat(adopted).extracting(PlanVersionInfo::label).containsExactly("Adopted text");
        assertThat(adopted.get(0).number()).isEqualTo("1.0");
        assertThatThrownBy(() -> planFixtures.write(w.lead(), section, "Changed after adoption."))
                .hasMessageContaining("plan.text-locked");
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> outline.addSection(w.planId(), null, "Late")))
                .hasMessageContaining("plan.text-locked");
        assertThat(AsUser.call(w.lead(), () -> drafting.section(section)).editable()).isFalse();
    }

    @Test
    void the_next_cycle_starts_from_the_outline_and_newest_text_linked_to_their_sources() {
        long chapter = planFixtures.section(w, null, "Strategies");
        long ev = planFixtures.section(w, chapter, "EV transition");
        long archived = planFixtures.section(w, null, "Old annex");
        planFixtures.write(w.lead(), ev, "Version one.");
        Revision newest = ((SaveOutcome.Saved) planFixtures.write(w.lead(), ev, "Version two.")).revision();
        AsUser.run(w.secretariat(), () -> outline.archive(archived));

        long next = AsUser.call(w.secretariat(), () -> plans.startNextCycle(w.planId(), new NewPlan("Next plan", 2032, 2036, null)));

        Plan plan = AsUser.call(w.member(), () -> plans.plan(next));
        assertThat(plan.previousPlanId()).isEqualTo(w.planId());
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFTING);
        var nodes = AsUser.call(w.member(), () -> outline.outline(next, true));
        assertThat(nodes).extracting(OutlineNode::numberedTitle).containsExactly("1 Strategies", "1.1 EV transition");
        SectionDraft copied = AsUser.call(w.member(), () -> drafting.section(nodes.get(1).sectionId()));
        assertThat(copied.text()).isEqualTo("Version two.");
        assertThat(copied.current().kind()).isEqualTo(RevisionKind.COPIED);
        assertThat(copied.current().sourceRevisionId()).isEqualTo(newest.id());
        assertThat(copied.current().revisionNo()).isEqualTo(1);
        assertThat(nodes.get(1).leads()).extracting(Lead::userId).containsExactly(w.lead().id());
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> plans.startNextCycle(w.planId(),
                new NewPlan("Backwards", 2020, 2024, null)))).hasMessageContaining("plan.next-cycle-later");
    }
}
