package org.councilworkspace.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.notification.NotificationItem;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.Revision;
import org.councilworkspace.plan.RevisionKind;
import org.councilworkspace.plan.SaveOutcome;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** An amendment drafted on older text follows the section: carried forward, or flagged where it overlaps; never an overwrite. */
abstract class AmendmentCarryForwardContract extends AmendmentWorld {

    @Test
    void an_amendment_is_carried_forward_when_later_changes_do_not_overlap() {
        long id = propose(w.member(), TEXT.replace("people", "skilled people"), "Skills.");
        planFixtures.write(w.lead(), section, TEXT.replace("hubs", "regional hubs"));
        Amendment carried = as(w.member(), () -> amendments.amendment(id));
        assertThat(carried.state()).isEqualTo(AmendmentState.OPEN);
        assertThat(carried.baseRevisionNo()).isEqualTo(2);
        assertThat(carried.proposedText()).contains("regional hubs").contains("skilled people");
        as(w.lead(), () -> amendments.accept(id, carried.version()));
        assertThat(as(w.lead(), () -> drafting.section(section)).text())
                .isEqualTo(TEXT.replace("hubs", "regional hubs").replace("people", "skilled people"));
        assertThat(as(w.member(), () -> amendments.steps(id))).extracting(AmendmentStep::kind)
                .containsExactly(AmendmentStep.Kind.PROPOSED, AmendmentStep.Kind.CARRIED, AmendmentStep.Kind.ACCEPTED);
    }

    @Test
    void an_overlapping_change_flags_the_amendment_until_the_proposer_updates_it() {
        long id = propose(w.member(), TEXT.replace("targets", "ambitious targets"), "Ambition.");
        planFixtures.write(w.lead(), section, TEXT.replace("targets", "modest targets"));
        Amendment flagged = as(w.member(), () -> amendments.amendment(id));
        assertThat(flagged.state()).isEqualTo(AmendmentState.CONFLICTING);
        assertThat(flagged.proposedText()).contains("ambitious targets");
        assertThat(as(w.member(), () -> notifications.mine(0, 10))).extracting(NotificationItem::messageKey)
                .contains("amendment.notify.conflicting");
        assertThatThrownBy(() -> AsUser.run(w.lead(), () -> amendments.accept(id, flagged.version())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(count(EnumSet.of(AmendmentState.CONFLICTING))).isEqualTo(1);
        UpdateDraft draft = as(w.member(), () -> amendments.updateDraft(id));
        assertThat(draft.marked()).isTrue();
        assertThat(draft.text()).contains("<<<<<<< mine", "ambitious targets", "modest targets", ">>>>>>> theirs");
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> amendments.update(id, flagged.version(),
                draft.baseRevisionId(), draft.text(), "Both.")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("amendment.markers-left");
        assertThatThrownBy(() -> AsUser.run(w.lead(), () -> amendments.updateDraft(id)))
                .isInstanceOf(AccessDeniedException.class);
        Long current = draft.baseRevisionId();
        Amendment updated = as(w.member(), () -> amendments.update(id, flagged.version(), current,
                TEXT.replace("targets", "ambitious but modest targets"), "Meet halfway."));
        assertThat(updated.state()).isEqualTo(AmendmentState.OPEN);
        assertThat(updated.baseRevisionNo()).isEqualTo(2);
        assertThat(as(w.lead(), () -> amendments.accept(id, updated.version())).state())
                .isEqualTo(AmendmentState.ACCEPTED);
    }

    @Test
    void a_decision_on_an_amendment_that_changed_meanwhile_is_refused() {
        long id = propose(w.member(), TEXT + "\n\nMore.", "Why not.");
        AsUser.run(w.member(), () -> amendments.update(id, 0, drafting.section(section).revisionId(),
                TEXT + "\n\nEven more.", "Better."));
        assertThatThrownBy(() -> AsUser.run(w.lead(), () -> amendments.accept(id, 0)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> AsUser.run(w.lead(), () -> amendments.reject(id, 0, "No.")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(as(w.lead(), () -> drafting.section(section)).current().revisionNo()).isEqualTo(1);
        assertThat(as(w.lead(), () -> amendments.accept(id, 1)).state()).isEqualTo(AmendmentState.ACCEPTED);
        assertThat(as(w.lead(), () -> drafting.section(section)).text()).endsWith("Even more.");
    }

    @Test
    void saving_an_amendment_credits_the_proposer_merges_onto_newer_text_and_never_overwrites_an_overlap() {
        Long first = as(w.lead(), () -> drafting.section(section)).revisionId();
        planFixtures.write(w.lead(), section, TEXT.replace("hubs", "regional hubs"));
        SaveOutcome merged = as(w.chair(), () -> drafting.saveAmendment(section, first,
                TEXT.replace("people", "skilled people"), w.member().id(), "Amendment 1, accepted by the chair"));
        assertThat(merged).isInstanceOf(SaveOutcome.Merged.class);
        Revision revision = ((SaveOutcome.Merged) merged).revision();
        assertThat(revision.authorId()).isEqualTo(w.member().id());
        assertThat(revision.kind()).isEqualTo(RevisionKind.AMENDMENT);
        assertThat(revision.body()).contains("regional hubs", "skilled people");
        SaveOutcome conflict = as(w.chair(), () -> drafting.saveAmendment(section, first,
                TEXT.replace("hubs", "national hubs"), w.member().id(), "Amendment 2"));
        assertThat(conflict).isInstanceOf(SaveOutcome.Conflict.class);
        assertThat(as(w.chair(), () -> drafting.section(section)).current().id()).isEqualTo(revision.id());
        Long current = revision.id();
        assertThatThrownBy(() -> AsUser.run(w.observer(), () -> drafting.saveAmendment(section, current, "Mine.",
                w.observer().id(), null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_proposal_drafted_on_an_older_revision_is_carried_onto_the_newest_or_stored_as_conflicting() {
        Long old = as(w.member(), () -> drafting.section(section)).revisionId();
        planFixtures.write(w.lead(), section, TEXT.replace("hubs", "regional hubs"));
        long carried = as(w.member(), () -> amendments.propose(section, old, TEXT.replace("people", "skilled people"),
                "Skills."));
        Amendment a = as(w.member(), () -> amendments.amendment(carried));
        assertThat(a.state()).isEqualTo(AmendmentState.OPEN);
        assertThat(a.baseRevisionNo()).isEqualTo(2);
        assertThat(a.proposedText()).contains("regional hubs", "skilled people");
        long conflicting = as(w.member(), () -> amendments.propose(section, old, TEXT.replace("hubs", "national hubs"),
                "National."));
        Amendment c = as(w.member(), () -> amendments.amendment(conflicting));
        assertThat(c.state()).isEqualTo(AmendmentState.CONFLICTING);
        assertThat(c.baseRevisionNo()).isEqualTo(1);
        assertThat(c.proposedText()).contains("national hubs");
    }
}
