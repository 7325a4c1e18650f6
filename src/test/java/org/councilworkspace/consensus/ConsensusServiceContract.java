package org.councilworkspace.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilworkspace.base.NotFoundException;
import java.util.List;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.notification.NotificationItem;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.PlanStatus;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Positions, the matrix, declarations, the annex and adoption, as the council's members would use them. */
abstract class ConsensusServiceContract {

    @Autowired PlanFixtures planFixtures;
    @Autowired ConsensusService consensus;
    @Autowired ChairService chair;
    @Autowired PlanService plans;
    @Autowired VersionService versions;
    @Autowired NotificationService notifications;

    PlanWorld w;
    long vision;
    long targets;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
        vision = planFixtures.section(w, null, "Vision");
        targets = planFixtures.section(w, null, "Targets");
        planFixtures.write(w.lead(), vision, "A regional hub.");
        planFixtures.write(w.lead(), targets, "30% by 2031.");
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void only_voting_members_record_positions() {
        position(w.member(), vision, Stance.AGREE, null);
        position(w.chair(), vision, Stance.AGREE, null);
        for (TestUser who : new TestUser[] {w.secretariat(), w.observer(), w.outsider(), w.admin()}) {
            assertThatThrownBy(() -> position(who, vision, Stance.AGREE, null)).as(who.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void reservations_and_objections_need_a_reason() {
        assertThatThrownBy(() -> position(w.member(), vision, Stance.OBJECT, " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> position(w.member(), vision, Stance.AGREE_WITH_RESERVATIONS, null))
                .hasMessageContaining("reason");
        position(w.member(), vision, Stance.OBJECT, "The target is unrealistic for small suppliers.");
    }

    @Test
    void a_position_turns_stale_when_the_text_changes_until_the_member_confirms_it() {
        position(w.member(), vision, Stance.AGREE, null);
        position(w.chair(), vision, Stance.AGREE, null);
        assertThat(row(vision).state()).isEqualTo(SectionConsensusState.CONSENSUS_REACHED);
        planFixtures.write(w.lead(), vision, "A regional hub for clean vehicles.");
        MatrixRow changed = row(vision);
        assertThat(changed.total(MatrixCell::stale)).isEqualTo(2);
        assertThat(changed.total(MatrixCell::notResponded))
                .as("each member counted once: two stale, only the lead drafter has not spoken").isEqualTo(1);
        assertThat(changed.state()).isEqualTo(SectionConsensusState.STALE);
        assertThat(AsUser.call(w.member(), () -> consensus.matrix(w.planId(), MatrixFilter.WAITING_FOR_ME)).sections())
                .extracting(MatrixRow::sectionId).contains(vision);
        position(w.member(), vision, Stance.AGREE, null);
        assertThat(AsUser.call(w.member(), () -> consensus.myHistory(w.planId(), vision))).hasSize(2)
                .first().satisfies(p -> assertThat(p.stale()).isFalse());
    }

    @Test
    void the_matrix_counts_each_stakeholder_group_and_who_has_not_spoken() {
        position(w.member(), vision, Stance.AGREE_WITH_RESERVATIONS, "Add a date.");
        MatrixCell experts = row(vision).cells().stream().filter(c -> c.group() == StakeholderGroup.EXPERT)
                .findFirst().orElseThrow();
        assertThat(experts.count(Stance.AGREE_WITH_RESERVATIONS)).isEqualTo(1);
        assertThat(experts.notResponded()).as("chair and lead drafter (all in the expert group here)").isEqualTo(2);
        assertThat(AsUser.call(w.chair(), () -> consensus.notResponded(w.planId(), vision)))
                .containsExactlyInAnyOrder(w.chair().id(), w.lead().id());
        ConsensusMatrix matrix = AsUser.call(w.observer(), () -> consensus.matrix(w.planId(), MatrixFilter.ALL));
        assertThat(matrix.sections()).extracting(MatrixRow::title).containsExactly("Vision", "Targets");
        assertThat(matrix.agreed()).isZero();
    }

    @Test
    void an_objection_contests_the_section_and_the_chair_declares_over_it_into_the_annex() {
        position(w.member(), targets, Stance.OBJECT, "Too ambitious for small suppliers.");
        position(w.chair(), targets, Stance.AGREE, null);
        position(w.lead(), targets, Stance.AGREE, null);
        assertThat(row(targets).state()).isEqualTo(SectionConsensusState.CONTESTED);
        assertThatThrownBy(() -> AsUser.run(w.chair(), () -> chair.declare(w.planId(), targets, "Agreed.", false)))
                .hasMessageContaining("consensus.objections-open");
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> chair.declare(w.planId(), targets, "Agreed.", true)))
                .isInstanceOf(AccessDeniedException.class);
        AsUser.run(w.chair(), () -> chair.declare(w.planId(), targets, "Agreed; the objection is recorded.", true));
        assertThat(row(targets).state()).isEqualTo(SectionConsensusState.AGREED);
        assertThat(AsUser.call(w.member(), () -> chair.annex(w.planId()))).singleElement().satisfies(o -> {
            assertThat(o.userId()).isEqualTo(w.member().id());
            assertThat(o.text()).isEqualTo("Too ambitious for small suppliers.");
            assertThat(o.consented()).isFalse();
        });
    }

    @Test
    void consensus_cannot_be_declared_before_the_rule_is_satisfied_and_can_be_reopened() {
        position(w.member(), vision, Stance.AGREE, null);
        assertThatThrownBy(() -> AsUser.run(w.chair(), () -> chair.declare(w.planId(), vision, "Agreed.", true)))
                .as("quorum not met").hasMessageContaining("consensus.rule-not-satisfied");
        position(w.lead(), vision, Stance.AGREE, null);
        AsUser.run(w.chair(), () -> chair.declare(w.planId(), vision, "Agreed by all who spoke.", false));
        assertThat(row(vision).state()).isEqualTo(SectionConsensusState.AGREED);
        AsUser.run(w.chair(), () -> chair.reopen(w.planId(), vision, "New evidence on costs."));
        assertThat(row(vision).state()).isEqualTo(SectionConsensusState.CONSENSUS_REACHED);
    }

    @Test
    void a_chair_naming_another_councils_section_under_their_own_plan_finds_nothing_and_changes_nothing() {
        PlanWorld other = planFixtures.world();
        long theirs = planFixtures.section(other, null, "Their vision");
        planFixtures.write(other.lead(), theirs, "Their text.");
        AsUser.call(other.member(), () -> consensus.recordPosition(other.planId(), theirs, Stance.AGREE, null));
        AsUser.call(other.lead(), () -> consensus.recordPosition(other.planId(), theirs, Stance.AGREE, null));
        AsUser.run(other.chair(), () -> chair.declare(other.planId(), theirs, "Agreed.", false));

        for (long section : new long[] {theirs, Long.MAX_VALUE}) {
            assertThatThrownBy(() -> AsUser.run(w.chair(), () -> chair.reopen(w.planId(), section, "Not ours.")))
                    .as("reopen " + section).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> AsUser.run(w.chair(), () -> chair.declare(w.planId(), section, "Ours?", true)))
                    .as("declare " + section).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> AsUser.call(w.chair(), () -> consensus.positions(w.planId(), section)))
                    .as("positions " + section).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> AsUser.call(w.chair(), () -> consensus.notResponded(w.planId(), section)))
                    .as("not responded " + section).isInstanceOf(NotFoundException.class);
        }
        MatrixRow theirRow = AsUser.call(other.chair(), () -> consensus.matrix(other.planId(), MatrixFilter.ALL))
                .sections().get(0);
        assertThat(theirRow.state()).as("their declaration still stands").isEqualTo(SectionConsensusState.AGREED);
    }

    @Test
    void the_member_confirms_the_annex_wording_and_a_new_wording_needs_confirming_again() {
        long position = position(w.member(), vision, Stance.AGREE_WITH_RESERVATIONS, "Needs a date for review.");
        long opinion = AsUser.call(w.chair(), () -> chair.recordMinorityOpinion(position, null));
        assertThatThrownBy(() -> AsUser.run(w.lead(), () -> chair.consentToMinorityOpinion(opinion, 0)))
                .isInstanceOf(AccessDeniedException.class);
        AsUser.run(w.member(), () -> chair.consentToMinorityOpinion(opinion, 0));
        assertThat(AsUser.call(w.chair(), () -> chair.annex(w.planId())).get(0).consented()).isTrue();
        AsUser.run(w.chair(), () -> chair.editMinorityOpinion(opinion, "A review date should be set.", 0));
        assertThat(AsUser.call(w.chair(), () -> chair.annex(w.planId())).get(0).consented()).isFalse();
        assertThatThrownBy(() -> AsUser.call(w.chair(), () -> chair.recordMinorityOpinion(position, "again")))
                .hasMessageContaining("consensus.already-in-annex");
    }

    @Test
    void the_member_is_told_when_their_opinion_enters_the_annex_and_when_its_wording_changes() {
        long position = position(w.member(), vision, Stance.OBJECT, "The hub needs a port first.");
        long opinion = AsUser.call(w.chair(), () -> chair.recordMinorityOpinion(position, null));
        AsUser.run(w.chair(), () -> chair.editMinorityOpinion(opinion, "A port must come first.", 0));
        position(w.member(), targets, Stance.OBJECT, "Too low.");
        position(w.lead(), targets, Stance.AGREE, null);
        AsUser.run(w.chair(), () -> chair.declare(w.planId(), targets, "Agreed over one objection.", true));

        List<NotificationItem> told = AsUser.call(w.member(), () -> notifications.mine(0, 20)).stream()
                .filter(n -> n.kind().startsWith("MINORITY_OPINION")).toList();
        assertThat(told).extracting(NotificationItem::messageKey).containsExactlyInAnyOrder(
                "consensus.notify.annex-recorded", "consensus.notify.annex-reworded", "consensus.notify.annex-recorded");
        assertThat(told).allSatisfy(n -> assertThat(n.link()).isEqualTo("plans/" + w.planId() + "/consensus"));
        assertThat(told).extracting(n -> n.args().get(0)).contains("1 Vision", "2 Targets");
        assertThat(AsUser.call(w.lead(), () -> notifications.mine(0, 20)))
                .noneMatch(n -> n.kind().startsWith("MINORITY_OPINION"));
        assertThat(AsUser.call(w.chair(), () -> notifications.mine(0, 20)))
                .as("the chair is not told of his own act").noneMatch(n -> n.kind().startsWith("MINORITY_OPINION"));
    }

    @Test
    void adoption_waits_for_every_section_to_be_agreed_and_the_export_carries_the_annex() {
        AsUser.call(w.secretariat(), () -> plans.changeStatus(w.planId(), PlanStatus.DELIBERATION, 0));
        AsUser.call(w.secretariat(), () -> plans.changeStatus(w.planId(), PlanStatus.FINAL_REVIEW, 1));
        position(w.member(), vision, Stance.AGREE, null);
        position(w.lead(), vision, Stance.AGREE, null);
        AsUser.run(w.chair(), () -> chair.declare(w.planId(), vision, "Agreed.", false));
        assertThatThrownBy(() -> AsUser.call(w.chair(), () -> plans.changeStatus(w.planId(), PlanStatus.ADOPTED, 2)))
                .hasMessageContaining("plan.not-all-agreed");
        position(w.member(), targets, Stance.OBJECT, "Objection for the record.");
        position(w.lead(), targets, Stance.AGREE, null);
        position(w.chair(), targets, Stance.AGREE, null);
        AsUser.run(w.chair(), () -> chair.declare(w.planId(), targets, "Agreed over one objection.", true));
        AsUser.call(w.chair(), () -> plans.changeStatus(w.planId(), PlanStatus.ADOPTED, 2));
        long adopted = AsUser.call(w.member(), () -> versions.versions(w.planId())).get(0).id();
        String markdown = AsUser.call(w.member(), () -> versions.exportMarkdown(adopted));
        assertThat(markdown).contains("## Minority opinions annex", "Objection for the record.", "2 Targets");
        assertThatThrownBy(() -> position(w.member(), vision, Stance.OBJECT, "Too late."))
                .hasMessageContaining("plan.text-locked");
    }

    @Test
    void a_position_on_the_whole_plan_follows_the_newest_frozen_version() {
        AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, null, null));
        position(w.member(), null, Stance.AGREE, null);
        assertThat(planRow().total(MatrixCell::stale)).isZero();
        AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, null, null));
        assertThat(planRow().total(MatrixCell::stale)).isEqualTo(1);
    }

    private long position(TestUser who, Long sectionId, Stance stance, String reason) {
        return AsUser.call(who, () -> consensus.recordPosition(w.planId(), sectionId, stance, reason));
    }

    private MatrixRow row(long sectionId) {
        return AsUser.call(w.chair(), () -> consensus.matrix(w.planId(), MatrixFilter.ALL)).sections().stream()
                .filter(r -> r.sectionId() == sectionId).findFirst().orElseThrow();
    }

    private MatrixRow planRow() {
        return AsUser.call(w.chair(), () -> consensus.matrix(w.planId(), MatrixFilter.ALL)).plan();
    }
}
