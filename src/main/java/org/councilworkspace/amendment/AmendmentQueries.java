package org.councilworkspace.amendment;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.db.tables.records.AmendmentRecord;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.text.DiffSegment;
import org.councilworkspace.plan.text.MergeOutcome;
import org.councilworkspace.plan.text.ThreeWayMerge;
import org.councilworkspace.plan.text.WordDiff;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.springframework.stereotype.Component;

/**
 * Reading amendments: one amendment, the plan's list and its counts, a section page's panel, the changes an
 * amendment proposes, its opinions and its record. {@link AmendmentService} is the feature's API and answers through
 * this class, inside its own transactions.
 */
@Component
class AmendmentQueries {

    private static final int SECTION_LIMIT = 50;

    private final AmendmentRepository amendments;
    private final DraftingService drafting;
    private final PlanService plans;
    private final AmendmentRules rules;
    private final AccessGuard guard;
    private final AmendmentSupportService support;

    AmendmentQueries(AmendmentRepository amendments, DraftingService drafting, PlanService plans,
                     AmendmentRules rules, AccessGuard guard, AmendmentSupportService support) {
        this.support = support;
        this.amendments = amendments;
        this.drafting = drafting;
        this.plans = plans;
        this.rules = rules;
        this.guard = guard;
    }

    Amendment amendment(long amendmentId) {
        Amendment a = amendments.find(amendmentId).orElseThrow(() -> new NotFoundException("Amendment"));
        guard.require(plans.plan(a.planId()).councilId(), CouncilAction.READ);
        return a;
    }

    /** The stored row, before any permission check: the caller checks who may act on it. */
    AmendmentRecord record(long amendmentId) {
        return amendments.record(amendmentId).orElseThrow(() -> new NotFoundException("Amendment"));
    }

    List<Amendment> list(long planId, Collection<AmendmentState> states, int offset, int limit) {
        plans.plan(planId);
        return amendments.page(planId, states, offset, limit);
    }

    int count(long planId, Collection<AmendmentState> states) {
        plans.plan(planId);
        return amendments.count(planId, states);
    }

    Map<AmendmentState, Integer> countsByState(long planId) {
        plans.plan(planId);
        return amendments.countsByState(planId);
    }

    SectionAmendments sectionAmendments(long sectionId) {
        SectionDraft draft = drafting.section(sectionId);
        List<ProposedChange> undecided = changes(amendments.ofSection(sectionId,
                EnumSet.of(AmendmentState.OPEN, AmendmentState.CONFLICTING), SECTION_LIMIT));
        return new SectionAmendments(rules.rights(draft), undecided,
                support.missing(undecided.stream().map(c -> c.amendment().id()).toList()));
    }

    private List<ProposedChange> changes(List<Amendment> undecided) {
        Map<Long, String> bases = amendments.revisionBodies(undecided.stream().map(Amendment::baseRevisionId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return undecided.stream().map(a -> new ProposedChange(a, WordDiff.diff(
                a.baseRevisionId() == null ? "" : bases.get(a.baseRevisionId()), a.proposedText(), Locale.ROOT)))
                .toList();
    }

    List<DiffSegment> diff(long amendmentId) {
        Amendment a = amendment(amendmentId);
        String base = a.baseRevisionId() == null ? "" : amendments.revisionBody(a.baseRevisionId());
        return WordDiff.diff(base, a.proposedText(), Locale.ROOT);
    }

    List<Opinion> opinions(long amendmentId) {
        amendment(amendmentId);
        return amendments.opinions(amendmentId);
    }

    List<AmendmentStep> steps(long amendmentId) {
        amendment(amendmentId);
        return amendments.steps(amendmentId);
    }

    SectionRights rights(long sectionId) {
        return rules.rights(drafting.section(sectionId));
    }

    /** The proposer's text carried onto the section's newest revision, with conflict markers where it cannot be. */
    UpdateDraft updateDraft(long amendmentId) {
        AmendmentRecord a = record(amendmentId);
        SectionDraft draft = drafting.section(a.getSectionId());
        rules.requireProposer(a, draft);
        AmendmentRules.requireUndecided(a);
        if (Objects.equals(a.getBaseRevisionId(), draft.revisionId())) {
            return new UpdateDraft(draft.revisionId(), draft.text(), a.getProposedText(), false);
        }
        String base = a.getBaseRevisionId() == null ? "" : amendments.revisionBody(a.getBaseRevisionId());
        MergeOutcome merged = ThreeWayMerge.merge(base, a.getProposedText(), draft.text());
        if (merged instanceof MergeOutcome.Conflicted conflict) {
            return new UpdateDraft(draft.revisionId(), draft.text(), conflict.markedText(), true);
        }
        return new UpdateDraft(draft.revisionId(), draft.text(), ((MergeOutcome.Clean) merged).text(), false);
    }
}
