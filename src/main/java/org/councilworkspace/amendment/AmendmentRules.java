package org.councilworkspace.amendment;

import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.db.tables.records.AmendmentRecord;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.councilworkspace.security.CouncilRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may propose, support or oppose, change and decide an amendment, and in what state of the plan, section and
 * amendment. Kept in one place so that the refusals and the rights a page is shown cannot drift apart.
 */
@Component
class AmendmentRules {

    private final AccessGuard guard;

    AmendmentRules(AccessGuard guard) {
        this.guard = guard;
    }

    /** A member who may comment proposes, while the section's text may still change. */
    CouncilMember requireProposing(SectionDraft draft) {
        CouncilMember me = guard.require(draft.plan().councilId(), CouncilAction.COMMENT);
        requireOpen(draft);
        return me;
    }

    /** Support or opposition comes from a member other than the proposer, while the amendment is undecided. */
    CouncilMember requireOpining(AmendmentRecord a, SectionDraft draft) {
        CouncilMember me = guard.require(draft.plan().councilId(), CouncilAction.COMMENT);
        if (a.getProposerId() == me.actor().id()) {
            throw new AccessDeniedException("The proposer does not support or oppose their own amendment");
        }
        requireUndecided(a);
        return me;
    }

    CouncilMember requireDecider(SectionDraft draft) {
        CouncilMember me = guard.require(draft.plan().councilId(), CouncilAction.DECIDE_AMENDMENT);
        if (!mayDecide(me, draft)) {
            throw new AccessDeniedException("Only the section's lead drafters, the chair and the secretariat decide");
        }
        requireOpen(draft);
        return me;
    }

    CouncilMember requireProposer(AmendmentRecord a, SectionDraft draft) {
        CouncilMember me = guard.require(draft.plan().councilId(), CouncilAction.COMMENT);
        if (a.getProposerId() != me.actor().id()) {
            throw new AccessDeniedException("Only the proposer may change or withdraw an amendment");
        }
        return me;
    }

    static void requireUndecided(AmendmentRecord a) {
        if (!AmendmentState.valueOf(a.getState()).undecided()) {
            throw new InvalidInputException("state", "amendment.already-decided");
        }
    }

    /** What the signed-in person may do with the section's amendments. */
    SectionRights rights(SectionDraft draft) {
        CouncilMember me = guard.require(draft.plan().councilId(), CouncilAction.READ);
        boolean open = !draft.plan().status().textLocked() && !draft.section().archived();
        boolean comment = me.may(CouncilAction.COMMENT);
        return new SectionRights(me.actor().id(), open && comment, comment, open && mayDecide(me, draft));
    }

    /** Like editing, deciding is limited for members to the sections they lead. */
    private static boolean mayDecide(CouncilMember me, SectionDraft draft) {
        if (!me.may(CouncilAction.DECIDE_AMENDMENT)) {
            return false;
        }
        return me.role() != CouncilRole.MEMBER
                || draft.section().leads().stream().anyMatch(l -> l.userId() == me.actor().id());
    }

    private static void requireOpen(SectionDraft draft) {
        if (draft.plan().status().textLocked()) {
            throw new InvalidInputException("state", "plan.text-locked");
        }
        if (draft.section().archived()) {
            throw new InvalidInputException("state", "outline.section-archived");
        }
    }
}
