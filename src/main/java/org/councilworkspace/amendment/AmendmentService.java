package org.councilworkspace.amendment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.db.tables.records.AmendmentRecord;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.SaveOutcome;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.plan.text.DiffSegment;
import org.councilworkspace.security.CouncilMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amendments to a plan's sections. Chair, vice-chair, secretariat and members propose and support or oppose;
 * the chair, secretariat or the section's lead drafters accept (a new revision credited to the proposer) or
 * reject with a reason; only the proposer updates or withdraws. Every step is kept on the amendment and in
 * the audit trail.
 *
 * <p>This is the feature's one public API, for its pages and for other features alike. The acts are carried out
 * here; who may do what is decided by {@link AmendmentRules}, the reads are answered by {@link AmendmentQueries}, and
 * {@link AmendmentNotices} tells the audit trail, open pages and the people concerned.
 */
@Service
@Transactional
public class AmendmentService {

    public static final int MAX_TEXT = 200_000;
    public static final int MAX_RATIONALE = 4000;
    public static final int MAX_REASON = 2000;
    /** The marker lines of a conflict the proposer was asked to resolve, left in the text. */
    private static final Pattern CONFLICT_MARKER = Pattern.compile("(?m)^(<<<<<<< mine|>>>>>>> theirs)$");

    private final AmendmentRepository amendments;
    private final AmendmentQueries queries;
    private final AmendmentRules rules;
    private final AmendmentNotices notices;
    private final DraftingService drafting;
    private final AmendmentSupportService support;
    private final Clock clock;

    AmendmentService(AmendmentRepository amendments, AmendmentQueries queries, AmendmentRules rules,
                     AmendmentNotices notices, DraftingService drafting, AmendmentSupportService support, Clock clock) {
        this.amendments = amendments;
        this.queries = queries;
        this.rules = rules;
        this.notices = notices;
        this.drafting = drafting;
        this.support = support;
        this.clock = clock;
    }

    /**
     * Proposes new text for a section, drafted on {@code baseRevisionId} (null for a section without text).
     * If the section changed meanwhile the proposal is carried onto the newest text, or stored as conflicting.
     */
    public long propose(long sectionId, Long baseRevisionId, String text, String rationale) {
        SectionDraft draft = drafting.section(sectionId);
        CouncilMember me = rules.requireProposing(draft);
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
        notices.changed(me, draft, id, "AMENDMENT_PROPOSED", "on " + draft.section().numberedTitle());
        notices.proposedToLeads(me, draft, id);
        return id;
    }

    /** The proposer replaces the text (starting from the section's newest revision) and rationale; clears a conflict. */
    public Amendment update(long amendmentId, int expectedVersion, Long baseRevisionId, String text, String rationale) {
        AmendmentRecord a = queries.record(amendmentId);
        SectionDraft draft = drafting.section(a.getSectionId());
        CouncilMember me = rules.requireProposer(a, draft);
        AmendmentRules.requireUndecided(a);
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
        notices.changed(me, draft, amendmentId, "AMENDMENT_UPDATED", "text updated");
        return queries.amendment(amendmentId);
    }

    /** What the proposer edits to update their amendment (see {@link UpdateDraft}). */
    @Transactional(readOnly = true)
    public UpdateDraft updateDraft(long amendmentId) {
        return queries.updateDraft(amendmentId);
    }

    /** The proposer withdraws an undecided amendment. */
    public Amendment withdraw(long amendmentId, int expectedVersion) {
        AmendmentRecord a = queries.record(amendmentId);
        SectionDraft draft = drafting.section(a.getSectionId());
        CouncilMember me = rules.requireProposer(a, draft);
        AmendmentRules.requireUndecided(a);
        OffsetDateTime now = now();
        if (!amendments.decide(amendmentId, expectedVersion, AmendmentState.WITHDRAWN, me.actor().id(), null, now)) {
            throw new ConcurrentChangeException("Amendment");
        }
        amendments.insertStep(amendmentId, AmendmentStep.Kind.WITHDRAWN, me.actor().id(), null, null, now);
        notices.changed(me, draft, amendmentId, "AMENDMENT_WITHDRAWN", "withdrawn by the proposer");
        return queries.amendment(amendmentId);
    }

    /** Support or opposition from a member other than the proposer; a new one replaces the member's earlier one. */
    public void opine(long amendmentId, AmendmentStance stance, String reason) {
        AmendmentRecord a = queries.record(amendmentId);
        SectionDraft draft = drafting.section(a.getSectionId());
        CouncilMember me = rules.requireOpining(a, draft);
        if (stance == null) {
            throw new InvalidInputException("stance", "validation.required");
        }
        String why = reason == null || reason.isBlank() ? null : TextRules.requiredText("reason", reason, MAX_REASON);
        OffsetDateTime now = now();
        amendments.supersedeOpinion(amendmentId, me.actor().id(), now);
        amendments.insertOpinion(amendmentId, me.actor().id(), stance, why, now);
        notices.changed(me, draft, amendmentId, "AMENDMENT_" + stance.name(), stance.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Accepts an open amendment: its text becomes a new revision credited to the proposer. If the section
     * changed since in the same passages, nothing is saved and the amendment is returned as CONFLICTING.
     *
     * @throws SupportShortfallException when it lacks the support the council requires, saying what is missing
     */
    public Amendment accept(long amendmentId, int expectedVersion) {
        AmendmentRecord a = queries.record(amendmentId);
        SectionDraft draft = drafting.section(a.getSectionId());
        CouncilMember me = rules.requireDecider(draft);
        if (AmendmentState.valueOf(a.getState()) != AmendmentState.OPEN) {
            throw new InvalidInputException("state", a.getState().equals(AmendmentState.CONFLICTING.name())
                    ? "amendment.conflicting-not-acceptable" : "amendment.already-decided");
        }
        support.requireSupported(a);
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
            notices.changed(me, draft, amendmentId, "AMENDMENT_CONFLICTING", "could not be accepted: overlaps revision "
                    + conflict.theirs().revisionNo());
            notices.conflictingToProposer(a, draft, conflict.theirs().revisionNo());
            return queries.amendment(amendmentId);
        }
        long revisionId = revisionOf(outcome);
        amendments.setAcceptedRevision(amendmentId, revisionId);
        amendments.insertStep(amendmentId, AmendmentStep.Kind.ACCEPTED, me.actor().id(), null, revisionId, now);
        notices.changed(me, draft, amendmentId, "AMENDMENT_ACCEPTED",
                "accepted as revision of " + draft.section().numberedTitle());
        notices.decidedToProposer(a, me, "AMENDMENT_ACCEPTED", "amendment.notify.accepted", draft);
        return queries.amendment(amendmentId);
    }

    /** Rejects an undecided amendment; the reason is required and kept on the amendment. */
    public Amendment reject(long amendmentId, int expectedVersion, String reason) {
        AmendmentRecord a = queries.record(amendmentId);
        SectionDraft draft = drafting.section(a.getSectionId());
        CouncilMember me = rules.requireDecider(draft);
        AmendmentRules.requireUndecided(a);
        String why = TextRules.requiredText("reason", reason, MAX_REASON);
        OffsetDateTime now = now();
        if (!amendments.decide(amendmentId, expectedVersion, AmendmentState.REJECTED, me.actor().id(), why, now)) {
            throw new ConcurrentChangeException("Amendment");
        }
        amendments.insertStep(amendmentId, AmendmentStep.Kind.REJECTED, me.actor().id(), why, null, now);
        notices.changed(me, draft, amendmentId, "AMENDMENT_REJECTED", "rejected");
        notices.decidedToProposer(a, me, "AMENDMENT_REJECTED", "amendment.notify.rejected", draft);
        return queries.amendment(amendmentId);
    }

    @Transactional(readOnly = true)
    public Amendment amendment(long amendmentId) {
        return queries.amendment(amendmentId);
    }

    /** A page of the plan's amendments in the given states (all states when empty), newest first. */
    @Transactional(readOnly = true)
    public List<Amendment> list(long planId, Collection<AmendmentState> states, int offset, int limit) {
        return queries.list(planId, states, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(long planId, Collection<AmendmentState> states) {
        return queries.count(planId, states);
    }

    /** How many of the plan's amendments are in each state (states with none are left out). */
    @Transactional(readOnly = true)
    public Map<AmendmentState, Integer> countsByState(long planId) {
        return queries.countsByState(planId);
    }

    /**
     * What a section page's amendment panel shows, from one permission check and one read of the section:
     * the signed-in person's rights and the undecided amendments, newest first (at most fifty; the plan's list has
     * them all), each with its changes (the texts they start from read in one query, however many there are).
     */
    @Transactional(readOnly = true)
    public SectionAmendments sectionAmendments(long sectionId) {
        return queries.sectionAmendments(sectionId);
    }

    /** Word-level changes from the text the amendment starts from to the text it proposes. */
    @Transactional(readOnly = true)
    public List<DiffSegment> diff(long amendmentId) {
        return queries.diff(amendmentId);
    }

    @Transactional(readOnly = true)
    public List<Opinion> opinions(long amendmentId) {
        return queries.opinions(amendmentId);
    }

    /** Everything that happened to the amendment, oldest first: the record of its decisions. */
    @Transactional(readOnly = true)
    public List<AmendmentStep> steps(long amendmentId) {
        return queries.steps(amendmentId);
    }

    /** What the signed-in person may do with the section's amendments. */
    @Transactional(readOnly = true)
    public SectionRights rights(long sectionId) {
        return queries.rights(sectionId);
    }

    /** The in-app address of an amendment's page. */
    public static String link(long planId, long amendmentId) {
        return "plans/" + planId + "/amendments/" + amendmentId;
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

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
