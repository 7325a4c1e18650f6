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

/** Proposing, supporting and deciding amendments, as the council's members would, each rule tried by the wrong person. */
abstract class AmendmentServiceContract extends AmendmentWorld {

    @Test
    void a_member_proposes_new_text_and_the_lead_drafter_hears_of_it() {
        long id = propose(w.member(), TEXT.replace("targets", "ambitious targets"), "Raise the ambition.");
        Amendment a = as(w.member(), () -> amendments.amendment(id));
        assertThat(a.state()).isEqualTo(AmendmentState.OPEN);
        assertThat(a.proposedText()).contains("ambitious targets");
        assertThat(a.rationale()).isEqualTo("Raise the ambition.");
        assertThat(a.baseRevisionNo()).isEqualTo(1);
        assertThat(as(w.observer(), () -> amendments.diff(id)))
                .anySatisfy(s -> assertThat(s.text()).contains("ambitious"));
        assertThat(as(w.lead(), () -> notifications.mine(0, 10))).extracting(NotificationItem::messageKey)
                .contains("amendment.notify.proposed");
        assertThat(as(w.lead(), () -> notifications.mine(0, 10))).extracting(NotificationItem::link)
                .contains(AmendmentService.link(w.planId(), id));
    }

    @Test
    void observers_outsiders_and_the_administrator_cannot_propose_support_or_oppose() {
        long id = propose(w.member(), TEXT + "\n\nA fourth paragraph.", "Complete it.");
        for (TestUser who : new TestUser[] {w.observer(), w.outsider(), w.admin()}) {
            assertThatThrownBy(() -> propose(who, TEXT + " more", "why")).as(who.username())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(who, () -> amendments.opine(id, AmendmentStance.SUPPORT, null)))
                    .as(who.username()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> AsUser.run(w.outsider(), () -> amendments.amendment(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count(Set.of())).isEqualTo(1);
    }

    @Test
    void the_proposer_does_not_support_their_own_amendment() {
        long id = propose(w.member(), TEXT + "\n\nMore.", "Why not.");
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> amendments.opine(id, AmendmentStance.SUPPORT, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void supports_and_oppositions_are_counted_and_a_new_one_replaces_the_members_earlier_one() {
        long id = propose(w.member(), TEXT + "\n\nMore.", "Why not.");
        AsUser.run(w.chair(), () -> amendments.opine(id, AmendmentStance.SUPPORT, null));
        AsUser.run(w.lead(), () -> amendments.opine(id, AmendmentStance.SUPPORT, "Good idea"));
        AsUser.run(w.secretariat(), () -> amendments.opine(id, AmendmentStance.OPPOSE, "Too long"));
        AsUser.run(w.lead(), () -> amendments.opine(id, AmendmentStance.OPPOSE, "On reflection, no"));
        Amendment a = as(w.member(), () -> amendments.amendment(id));
        assertThat(a.supports()).isEqualTo(1);
        assertThat(a.opposes()).isEqualTo(2);
        assertThat(as(w.member(), () -> amendments.opinions(id))).extracting(Opinion::reason)
                .containsExactlyInAnyOrder(null, "Too long", "On reflection, no");
    }

    @Test
    void a_member_who_does_not_lead_the_section_cannot_accept_or_reject() {
        long id = propose(w.chair(), TEXT + "\n\nMore.", "Why not.");
        for (TestUser who : new TestUser[] {w.member(), w.observer(), w.outsider(), w.admin()}) {
            assertThatThrownBy(() -> AsUser.run(who, () -> amendments.accept(id, 0))).as(who.username())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(who, () -> amendments.reject(id, 0, "No."))).as(who.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(w.chair(), () -> amendments.amendment(id)).state()).isEqualTo(AmendmentState.OPEN);
        assertThat(as(w.member(), () -> amendments.rights(section)).mayDecide()).isFalse();
        assertThat(as(w.lead(), () -> amendments.rights(section)).mayDecide()).isTrue();
    }

    @Test
    void the_lead_drafter_accepts_and_the_new_revision_is_credited_to_the_proposer() {
        String proposed = TEXT.replace("people", "skilled people");
        long id = propose(w.member(), proposed, "Skills matter.");
        Amendment accepted = as(w.lead(), () -> amendments.accept(id, 0));
        assertThat(accepted.state()).isEqualTo(AmendmentState.ACCEPTED);
        assertThat(accepted.acceptedRevisionNo()).isEqualTo(2);
        assertThat(accepted.decidedByName()).isEqualTo("Test " + w.lead().username());
        SectionDraft now = as(w.lead(), () -> drafting.section(section));
        Revision revision = now.current();
        assertThat(revision.body()).isEqualTo(proposed);
        assertThat(revision.authorId()).isEqualTo(w.member().id());
        assertThat(revision.kind()).isEqualTo(RevisionKind.AMENDMENT);
        assertThat(revision.changeNote()).contains("Amendment " + id).contains(w.lead().username());
        assertThat(as(w.member(), () -> amendments.steps(id))).extracting(AmendmentStep::kind)
                .containsExactly(AmendmentStep.Kind.PROPOSED, AmendmentStep.Kind.ACCEPTED);
        assertThat(as(w.member(), () -> notifications.mine(0, 10))).extracting(NotificationItem::messageKey)
                .contains("amendment.notify.accepted");
        assertThatThrownBy(() -> AsUser.run(w.chair(), () -> amendments.reject(id, accepted.version(), "Late")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_chair_and_the_secretariat_decide_and_a_rejection_needs_a_reason() {
        long first = propose(w.member(), TEXT + "\n\nOne.", "One.");
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> amendments.reject(first, 0, "  ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
        Amendment rejected = as(w.secretariat(), () -> amendments.reject(first, 0, "Out of scope."));
        assertThat(rejected.state()).isEqualTo(AmendmentState.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("Out of scope.");
        assertThat(as(w.member(), () -> notifications.mine(0, 10))).extracting(NotificationItem::messageKey)
                .contains("amendment.notify.rejected");
        long second = propose(w.member(), TEXT + "\n\nTwo.", "Two.");
        assertThat(as(w.chair(), () -> amendments.accept(second, 0)).state()).isEqualTo(AmendmentState.ACCEPTED);
        assertThat(as(w.chair(), () -> audit.councilEvents(w.councilId(), 0, 50)))
                .extracting(e -> e.action() + " " + e.objectId())
                .contains("AMENDMENT_REJECTED " + first, "AMENDMENT_ACCEPTED " + second, "AMENDMENT_PROPOSED " + first);
    }

    @Test
    void only_the_proposer_updates_or_withdraws() {
        long id = propose(w.member(), TEXT + "\n\nMore.", "Why not.");
        Long base = as(w.member(), () -> drafting.section(section)).revisionId();
        for (TestUser who : new TestUser[] {w.chair(), w.secretariat(), w.lead(), w.observer(), w.outsider()}) {
            assertThatThrownBy(() -> AsUser.run(who, () -> amendments.withdraw(id, 0))).as(who.username())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.run(who, () -> amendments.update(id, 0, base, TEXT + " x", "y")))
                    .as(who.username()).isInstanceOf(AccessDeniedException.class);
        }
        Amendment withdrawn = as(w.member(), () -> amendments.withdraw(id, 0));
        assertThat(withdrawn.state()).isEqualTo(AmendmentState.WITHDRAWN);
        assertThat(as(w.member(), () -> amendments.steps(id))).extracting(AmendmentStep::kind)
                .containsExactly(AmendmentStep.Kind.PROPOSED, AmendmentStep.Kind.WITHDRAWN);
    }

    @Test
    void the_plans_list_filters_by_state() {
        long open = propose(w.member(), TEXT + "\n\nA.", "A.");
        long rejected = propose(w.member(), TEXT + "\n\nB.", "B.");
        long withdrawn = propose(w.member(), TEXT + "\n\nC.", "C.");
        AsUser.run(w.chair(), () -> amendments.reject(rejected, 0, "No."));
        AsUser.run(w.member(), () -> amendments.withdraw(withdrawn, 0));
        AsUser.run(w.chair(), () -> amendments.opine(open, AmendmentStance.SUPPORT, null));
        assertThat(count(Set.of())).isEqualTo(3);
        assertThat(count(EnumSet.of(AmendmentState.OPEN))).isEqualTo(1);
        List<Amendment> page = as(w.observer(), () -> amendments.list(w.planId(), EnumSet.of(AmendmentState.OPEN), 0, 10));
        assertThat(page).extracting(Amendment::id).containsExactly(open);
        assertThat(page.get(0).supports()).isEqualTo(1);
        assertThat(as(w.observer(), () -> amendments.list(w.planId(), Set.of(), 1, 1))).extracting(Amendment::id)
                .containsExactly(rejected);
        assertThat(as(w.observer(), () -> amendments.sectionAmendments(section)).undecided())
                .extracting(c -> c.amendment().id()).containsExactly(open);
    }

    @Test
    void the_section_page_gets_the_undecided_amendments_with_the_readers_own_rights() {
        long open = propose(w.member(), TEXT + "\n\nA.", "A.");
        long rejected = propose(w.member(), TEXT + "\n\nB.", "B.");
        AsUser.run(w.chair(), () -> amendments.reject(rejected, 0, "No."));
        SectionAmendments observed = as(w.observer(), () -> amendments.sectionAmendments(section));
        assertThat(observed.undecided()).singleElement().satisfies(c -> {
            assertThat(c.amendment().id()).isEqualTo(open);
            assertThat(c.diff()).anySatisfy(d -> assertThat(d.text()).contains("A."));
        });
        assertThat(observed.rights()).isEqualTo(new SectionRights(w.observer().id(), false, false, false));
        assertThat(as(w.lead(), () -> amendments.sectionAmendments(section)).rights())
                .isEqualTo(new SectionRights(w.lead().id(), true, true, true));
        assertThat(as(w.member(), () -> amendments.sectionAmendments(section)).rights())
                .isEqualTo(new SectionRights(w.member().id(), true, true, false));
        for (TestUser who : new TestUser[] {w.outsider(), w.admin()}) {
            assertThatThrownBy(() -> AsUser.run(who, () -> amendments.sectionAmendments(section))).as(who.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void unchanged_text_is_refused() {
        assertThatThrownBy(() -> propose(w.member(), TEXT, "Nothing."))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("amendment.no-change");
        assertThat(count(Set.of())).isZero();
    }
}
