package org.councilworkspace.amendment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.db.tables.records.AmendmentRecord;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.Lead;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.SaveOutcome;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.text.DiffSegment;
import org.councilworkspace.plan.text.MergeOutcome;
import org.councilworkspace.plan.text.ThreeWayMerge;
import org.councilworkspace.plan.text.WordDiff;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.councilworkspace.security.CouncilRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amendments to a plan's sections. Chair, vice-chair, secretariat and members propose and support or oppose;
 * the chair, secretariat or the section's lead drafters accept (a new revision credited to the proposer) or
 * reject with a reason; only the proposer updates or withdraws. Every step is kept on the amendment and in
 * the audit trail.
 */
@Service
@Transactional
public class AmendmentService {

    public static final int MAX_TEXT = 200_000;
    public static final int MAX_RATIONALE = 4000;
    public static final int MAX_REASON = 2000;
    private static final int SECTION_LIMIT = 50;
    /** The marker lines of a conflict the proposer was asked to resolve, left in the text. */
    private static final Pattern CONFLICT_MARKER = Pattern.compile("(?m)^(<<<<<<< mine|>>>>>>> theirs)$");

    private final AmendmentRepository amendments;
    private final DraftingService drafting;
    private final PlanService plans;
    private final AccessGuard guard;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AmendmentService(AmendmentRepository amendments, DraftingService drafting, PlanService plans, AccessGuard guard,
                     NotificationService notifications, ApplicationEventPublisher events, Clock clock) {
        this.amendments = amendments;
        this.drafting = drafting;
        this.plans = plans;
        this.guard = guard;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Proposes new text for a section, drafted on {@code baseRevisionId} (null for a section without text).
     * If the section changed meanwhile the proposal is carried onto the newest text, or stored as conflicting.
     */
    public long propose(long sectionId, Long baseRevisionId, String text, String rationale) {
        SectionDraft draft = drafting.section(sectionId);
        CouncilMember me = guard.require(draft.plan().councilId(), CouncilAction.COMMENT);
        requireOpen(draft);
        String proposed = TextRules.requiredText("text", text, MAX_TEXT);
        String why = TextRules.requiredText("rationale", rationale, MAX_RATIONALE);
        Long currentId = draft.revisionId();
        String base = baseRevisionId == null ? "" : baseText(sectionId, baseRevisionId);
        CarryForward.Rebased rebased = Objects.equals(baseRevisionId, currentId)
                ? new CarryForward.Rebased(proposed, false) : CarryForward.rebase(base, proposed, draft.text());
        if (!rebased.conflicting() && rebased.text().equals(draft.text())) {
            throw new InvalidInputException("text", "amendment.no-change");
        }
        OffsetDateTime now = now();
        long id = rebased.conflicting()
                ? amendments.insert(draft.plan().id(), sectionId, me.actor().id(), baseRevisionId, proposed, why,
                        AmendmentState.CONFLICTING, currentId, now)
                : amendments.insert(draft.plan().id(), sectionId, me.actor().id(), currentId, rebased.text(), why,
                        AmendmentState.OPEN, null, now);
        amendments.insertStep(id, AmendmentStep.Kind.PROPOSED, me.actor().id(), null, currentId, now);
        publish(me, draft, id, "AMENDMENT_PROPOSED", "on " + draft.section().numberedTitle());
        List<Long> leads = draft.section().leads().stream().map(Lead::userId)
                .filter(u -> u != me.actor().id()).toList();
        notifications.notify(leads, "AMENDMENT_PROPOSED", "amendment.notify.proposed",
                List.of(me.actor().displayName(), draft.section().numberedTitle()), link(draft.plan().id(), id));
        return id;
    }

    /** The proposer replaces the text (starting from the section's newest revision) and rationale; clears a conflict. */
    public Amendment update(long amendmentId, int expectedVersion, Long baseRevisionId, String text, String rationale) {
        AmendmentRecord a = record(amendmentId);
        SectionDraft draft = drafting.section(a.getSectionId());
        CouncilMember me = requireProposer(a, draft);
        requireUndecided(a);
        String proposed = TextRules.requiredText("text", text, MAX_TEXT);
        String why = TextRules.requiredText("rationale", rationale, MAX_RATIONALE);
        if (!Objects.equals(baseRevisionId, draft.revisionId())) {
            // The section moved on while the proposer was editing: start again from the newest text.
            throw new ConcurrentChangeException("Section");
        }
        if (proposed.equals(draft.text())) {
            throw new InvalidInputException("text", "amendment.no-change");
        }
        if (CONFLICT_MARKER.matcher(proposed).find()) {
            throw new InvalidInputException("text", "amendment.markers-left");
        }
        OffsetDateTime now = now();
        if (!amendments.rewrite(amendmentId, expectedVersion, draft.revisionId(), proposed, why, AmendmentState.OPEN,
                null, now)) {
            throw new ConcurrentChangeException("Amendment");
        }
        amendments.insertStep(amendmentId, AmendmentStep.Kind.UPDATED, me.actor().id(), null, draft.revisionId(), now);
        publish(me, draft, amendmentId, "AMENDMENT_UPDATED", "text updated");
        return amendment(amendmentId);
    }

    /** What the proposer edits to update their amendment (see {@link UpdateDraft}). */
    @Transactional(readOnly = true)
    public UpdateDraft updateDraft(long amendmentId) {
        AmendmentRecord a = record(amendmentId);
        SectionDraft draft = drafting.section(a.getSectionId());
        requireProposer(a, draft);
        requireUndecided(a);
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

    /** The proposer withdraws an undecided amendment. */
    public Amendment withdraw(long amendmentId, int expectedVersion) {
        AmendmentRecord a = record(amendmentId);
        SectionDraft draft = drafting.section(a.getSectionId());
        CouncilMember me = requireProposer(a, draft);
        requireUndecided(a);
        OffsetDateTime now = now();
        if (!amendments.decide(amendmentId, expectedVersion, AmendmentState.WITHDRAWN, me.actor().id(), null, now)) {
            throw new ConcurrentChangeException("Amendment");
        }
        amendments.insertStep(amendmentId, AmendmentStep.Kind.WITHDRAWN, me.actor().id(), null, null, now);
        publish(me, draft, amendmentId, "AMENDMENT_WITHDRAWN", "withdrawn by the proposer");
        return amendment(amendmentId);
    }

    /** Support or opposition from a member other than the proposer; a new one replaces the member's earlier one. */
    public void opine(long amendmentId, AmendmentStance stance, String reason) {
        AmendmentRecord a = record(amendmentId);
        SectionDraft draft = drafting.section(a.getSectionId());
        CouncilMember me = guard.require(draft.plan().councilId(), CouncilAction.COMMENT);
        if (a.getProposerId() == me.actor().id()) {
            throw new AccessDeniedException("The proposer does not support or oppose their own amendment");
        }
        requireUndecided(a);
        if (stance == null) {
            throw new InvalidInputException("stance", "validation.required");
        }
        String why = reason == null || reason.isBlank() ? null : TextRules.requiredText("reason", reason, MAX_REASON);
        OffsetDateTime now = now();
        amendments.supersedeOpinion(amendmentId, me.actor().id(), now);
        amendments.insertOpinion(amendmentId, me.actor().id(), stance, why, now);
        publish(me, draft, amendmentId, "AMENDMENT_" + stance.name(), stance.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Accepts an open amendment: its text becomes a new revision credited to the proposer. If the section
     * changed since in the same passages, nothing is saved and the amendment is returned as CONFLICTING.
     */
    public Amendment accept(long amendmentId, int expectedVersion) {
        AmendmentRecord a = record(amendmentId);
        SectionDraft draft = drafting.section(a.getSectionId());
        CouncilMember me = requireDecider(draft);
        if (AmendmentState.valueOf(a.getState()) != AmendmentState.OPEN) {
            throw new InvalidInputException("state", a.getState().equals(AmendmentState.CONFLICTING.name())
                    ? "amendment.conflicting-not-acceptable" : "amendment.already-decided");
        }
        OffsetDateTime now = now();
        // Decided first, so that the revision's own carry-forward leaves this amendment alone.
        if (!amendments.decide(amendmentId, expectedVersion, AmendmentState.ACCEPTED, me.actor().id(), null, now)) {
            throw new ConcurrentChangeException("Amendment");
        }
        String note = "Amendment " + amendmentId + ", accepted by " + me.actor().displayName();
        SaveOutcome outcome = drafting.saveAmendment(a.getSectionId(), a.getBaseRevisionId(), a.getProposedText(),
                a.getProposerId(), note);
        if (outcome instanceof SaveOutcome.Conflict conflict) {
            amendments.undoAcceptance(amendmentId, conflict.theirs().id(), now);
            amendments.insertStep(amendmentId, AmendmentStep.Kind.CONFLICTED, me.actor().id(), null,
                    conflict.theirs().id(), now);
            publish(me, draft, amendmentId, "AMENDMENT_CONFLICTING", "could not be accepted: overlaps revision "
                    + conflict.theirs().revisionNo());
            notifications.notify(List.of(a.getProposerId()), "AMENDMENT_CONFLICTING", "amendment.notify.conflicting",
                    List.of(Long.toString(amendmentId), Integer.toString(conflict.theirs().revisionNo())),
                    link(draft.plan().id(), amendmentId));
            return amendment(amendmentId);
        }
        long revisionId = revisionOf(outcome);
        amendments.setAcceptedRevision(amendmentId, revisionId);
        amendments.insertStep(amendmentId, AmendmentStep.Kind.ACCEPTED, me.actor().id(), null, revisionId, now);
        publish(me, draft, amendmentId, "AMENDMENT_ACCEPTED", "accepted as revision of " + draft.section().numberedTitle());
        notifyProposer(a, me, "AMENDMENT_ACCEPTED", "amendment.notify.accepted", draft);
        return amendment(amendmentId);
    }

    /** Rejects an undecided amendment; the reason is required and kept on the amendment. */
    public Amendment reject(long amendmentId, int expectedVersion, String reason) {
        AmendmentRecord a = record(amendmentId);
        SectionDraft draft = drafting.section(a.getSectionId());
        CouncilMember me = requireDecider(draft);
        requireUndecided(a);
        String why = TextRules.requiredText("reason", reason, MAX_REASON);
        OffsetDateTime now = now();
        if (!amendments.decide(amendmentId, expectedVersion, AmendmentState.REJECTED, me.actor().id(), why, now)) {
            throw new ConcurrentChangeException("Amendment");
        }
        amendments.insertStep(amendmentId, AmendmentStep.Kind.REJECTED, me.actor().id(), why, null, now);
        publish(me, draft, amendmentId, "AMENDMENT_REJECTED", "rejected");
        notifyProposer(a, me, "AMENDMENT_REJECTED", "amendment.notify.rejected", draft);
        return amendment(amendmentId);
    }

    @Transactional(readOnly = true)
    public Amendment amendment(long amendmentId) {
        Amendment a = amendments.find(amendmentId).orElseThrow(() -> new NotFoundException("Amendment"));
        guard.require(plans.plan(a.planId()).councilId(), CouncilAction.READ);
        return a;
    }

    /** A page of the plan's amendments in the given states (all states when empty), newest first. */
    @Transactional(readOnly = true)
    public List<Amendment> list(long planId, Collection<AmendmentState> states, int offset, int limit) {
        plans.plan(planId);
        return amendments.page(planId, states, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(long planId, Collection<AmendmentState> states) {
        plans.plan(planId);
        return amendments.count(planId, states);
    }

    /** How many of the plan's amendments are in each state (states with none are left out). */
    @Transactional(readOnly = true)
    public Map<AmendmentState, Integer> countsByState(long planId) {
        plans.plan(planId);
        return amendments.countsByState(planId);
    }

    /**
     * What a section page's amendment panel shows, from one permission check and one read of the section:
     * the signed-in person's rights and the undecided amendments, newest first (at most fifty; the plan's list has
     * them all), each with its changes (the texts they start from read in one query, however many there are).
     */
    @Transactional(readOnly = true)
    public SectionAmendments sectionAmendments(long sectionId) {
        SectionDraft draft = drafting.section(sectionId);
        return new SectionAmendments(rights(draft), changes(amendments.ofSection(sectionId,
                EnumSet.of(AmendmentState.OPEN, AmendmentState.CONFLICTING), SECTION_LIMIT)));
    }

    private List<ProposedChange> changes(List<Amendment> undecided) {
        Map<Long, String> bases = amendments.revisionBodies(undecided.stream().map(Amendment::baseRevisionId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return undecided.stream().map(a -> new ProposedChange(a, WordDiff.diff(
                a.baseRevisionId() == null ? "" : bases.get(a.baseRevisionId()), a.proposedText(), Locale.ROOT)))
                .toList();
    }

    /** Word-level changes from the text the amendment starts from to the text it proposes. */
    @Transactional(readOnly = true)
    public List<DiffSegment> diff(long amendmentId) {
        Amendment a = amendment(amendmentId);
        String base = a.baseRevisionId() == null ? "" : amendments.revisionBody(a.baseRevisionId());
        return WordDiff.diff(base, a.proposedText(), Locale.ROOT);
    }

    @Transactional(readOnly = true)
    public List<Opinion> opinions(long amendmentId) {
        amendment(amendmentId);
        return amendments.opinions(amendmentId);
    }

    /** Everything that happened to the amendment, oldest first: the record of its decisions. */
    @Transactional(readOnly = true)
    public List<AmendmentStep> steps(long amendmentId) {
        amendment(amendmentId);
        return amendments.steps(amendmentId);
    }

    /** What the signed-in person may do with the section's amendments. */
    @Transactional(readOnly = true)
    public SectionRights rights(long sectionId) {
        return rights(drafting.section(sectionId));
    }

    private SectionRights rights(SectionDraft draft) {
        CouncilMember me = guard.require(draft.plan().councilId(), CouncilAction.READ);
        boolean open = !draft.plan().status().textLocked() && !draft.section().archived();
        boolean comment = me.may(CouncilAction.COMMENT);
        return new SectionRights(me.actor().id(), open && comment, comment, open && mayDecide(me, draft));
    }

    /** The in-app address of an amendment's page. */
    public static String link(long planId, long amendmentId) {
        return "plans/" + planId + "/amendments/" + amendmentId;
    }

    private CouncilMember requireDecider(SectionDraft draft) {
        CouncilMember me = guard.require(draft.plan().councilId(), CouncilAction.DECIDE_AMENDMENT);
        if (!mayDecide(me, draft)) {
            throw new AccessDeniedException("Only the section's lead drafters, the chair and the secretariat decide");
        }
        requireOpen(draft);
        return me;
    }

    /** Like editing, deciding is limited for members to the sections they lead. */
    private static boolean mayDecide(CouncilMember me, SectionDraft draft) {
        if (!me.may(CouncilAction.DECIDE_AMENDMENT)) {
            return false;
        }
        return me.role() != CouncilRole.MEMBER
                || draft.section().leads().stream().anyMatch(l -> l.userId() == me.actor().id());
    }

    private CouncilMember requireProposer(AmendmentRecord a, SectionDraft draft) {
        CouncilMember me = guard.require(draft.plan().councilId(), CouncilAction.COMMENT);
        if (a.getProposerId() != me.actor().id()) {
            throw new AccessDeniedException("Only the proposer may change or withdraw an amendment");
        }
        return me;
    }

    private static void requireOpen(SectionDraft draft) {
        if (draft.plan().status().textLocked()) {
            throw new InvalidInputException("state", "plan.text-locked");
        }
        if (draft.section().archived()) {
            throw new InvalidInputException("state", "outline.section-archived");
        }
    }

    private static void requireUndecided(AmendmentRecord a) {
        if (!AmendmentState.valueOf(a.getState()).undecided()) {
            throw new InvalidInputException("state", "amendment.already-decided");
        }
    }

    private AmendmentRecord record(long amendmentId) {
        return amendments.record(amendmentId).orElseThrow(() -> new NotFoundException("Amendment"));
    }

    private String baseText(long sectionId, long revisionId) {
        var revision = drafting.revision(revisionId);
        if (revision.sectionId() != sectionId) {
            throw new NotFoundException("Revision");
        }
        return revision.body();
    }

    private static long revisionOf(SaveOutcome outcome) {
        if (outcome instanceof SaveOutcome.Saved saved) {
            return saved.revision().id();
        }
        if (outcome instanceof SaveOutcome.Merged merged) {
            return merged.revision().id();
        }
        return ((SaveOutcome.Unchanged) outcome).current().id();
    }

    private void notifyProposer(AmendmentRecord a, CouncilMember me, String kind, String key, SectionDraft draft) {
        if (a.getProposerId() != me.actor().id()) {
            notifications.notify(List.of(a.getProposerId()), kind, key,
                    List.of(me.actor().displayName(), draft.section().numberedTitle()), link(draft.plan().id(), a.getId()));
        }
    }

    private void publish(CouncilMember me, SectionDraft draft, long amendmentId, String action, String summary) {
        events.publishEvent(new AmendmentChanged(me.actor().id(), me.actor().username(), draft.plan().councilId(),
                draft.plan().id(), draft.section().sectionId(), amendmentId, action, summary));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
