package org.councilworkspace.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's work on a round's submissions: the grid, moderation (hide with a reason, never delete),
 * groups of similar comments, answers, progress and publishing the comment-response table.
 */
@Service
@Transactional
public class ReviewService {

    public static final int MAX_PAGE = 500;
    /** Suggestions compare at most this many ungrouped comments, so a 100,000-comment round stays quick. */
    static final int SUGGESTION_SAMPLE = 2000;

    private final SubmissionRepository submissions;
    private final GroupRepository groups;
    private final RoundRepository rounds;
    private final PlanTextRepository texts;
    private final ConsultationAccess access;
    private final RoundProgressKeeper keeper;
    private final ResultsBuilder results;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(SubmissionRepository submissions, GroupRepository groups, RoundRepository rounds,
                  PlanTextRepository texts, ConsultationAccess access, RoundProgressKeeper keeper, ResultsBuilder results,
                  ApplicationEventPublisher events, Clock clock) {
        this.submissions = submissions;
        this.groups = groups;
        this.rounds = rounds;
        this.texts = texts;
        this.access = access;
        this.keeper = keeper;
        this.results = results;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Submission> submissions(long roundId, SubmissionFilter filter, int offset, int limit) {
        access.round(roundId);
        return submissions.page(roundId, filter == null ? SubmissionFilter.ALL : filter, Math.max(0, offset),
                Math.max(0, Math.min(limit, MAX_PAGE)));
    }

    @Transactional(readOnly = true)
    public int countSubmissions(long roundId, SubmissionFilter filter) {
        access.round(roundId);
        return submissions.count(roundId, filter == null ? SubmissionFilter.ALL : filter);
    }

    @Transactional(readOnly = true)
    public Submission submission(long submissionId) {
        Submission s = submissions.find(submissionId).orElseThrow(() -> new NotFoundException("Submission"));
        access.round(s.roundId());
        return s;
    }

    @Transactional(readOnly = true)
    public Optional<Attachment> attachment(long submissionId) {
        submission(submissionId);
        return submissions.attachment(submissionId);
    }

    @Transactional(readOnly = true)
    public RoundProgress progress(long roundId) {
        access.round(roundId);
        return submissions.progress(roundId);
    }

    /** Hides a submission from the grid's default view and from the published table; the reason is audited. */
    public void hide(long submissionId, String reason, int expectedVersion) {
        Submission s = submission(submissionId);
        var context = access.round(s.roundId());
        requireNotPublished(context.round());
        String why = TextRules.requiredText("reason", reason, 2000);
        if (!submissions.hide(submissionId, why, context.member().actor().id(), now(), expectedVersion)) {
            throw new ConcurrentChangeException("Submission");
        }
        publish(context.member(), context.round(), "SUBMISSION_HIDDEN", "SUBMISSION", submissionId,
                s.receiptNo() + ": " + why);
        keeper.settle(s.roundId());
    }

    public void show(long submissionId, int expectedVersion) {
        Submission s = submission(submissionId);
        var context = access.round(s.roundId());
        requireNotPublished(context.round());
        if (!submissions.show(submissionId, expectedVersion)) {
            throw new ConcurrentChangeException("Submission");
        }
        publish(context.member(), context.round(), "SUBMISSION_SHOWN", "SUBMISSION", submissionId, s.receiptNo());
        keeper.settle(s.roundId());
    }

    @Transactional(readOnly = true)
    public List<Group> groups(long roundId) {
        access.round(roundId);
        return groups.groups(roundId);
    }

    /**
     * Puts submissions of one round into a new group answered as one; a submission already in another group
     * leaves it. The audit says which submission moved from which group to which.
     */
    public long group(long roundId, String label, Set<Long> submissionIds) {
        var context = access.round(roundId);
        requireNotPublished(context.round());
        String name = TextRules.requiredLine("label", label, 300);
        if (submissionIds == null || submissionIds.size() < 2) {
            throw new InvalidInputException("label", "consultation.group.too-few");
        }
        List<Submission> before = inRound(roundId, submissionIds);
        long groupId = groups.insertGroup(roundId, name, context.member().actor().id(), now());
        groups.setGroup(submissionIds, groupId);
        List<GroupChanges.Move> moves = before.stream().map(s -> new GroupChanges.Move(s.receiptNo(), s.groupId(),
                s.groupLabel(), groupId, name)).toList();
        for (String summary : GroupChanges.summaries("Grouped " + moves.size() + " submissions", moves)) {
            publish(context.member(), context.round(), "SUBMISSIONS_GROUPED", "GROUP", groupId, summary);
        }
        keeper.settle(roundId);
        return groupId;
    }

    /** Takes submissions out of their groups; refused when none of them is in a group (nothing would change). */
    public void ungroup(long roundId, Set<Long> submissionIds) {
        var context = access.round(roundId);
        requireNotPublished(context.round());
        List<GroupChanges.Move> moves = inRound(roundId, submissionIds == null ? Set.of() : submissionIds).stream()
                .map(s -> new GroupChanges.Move(s.receiptNo(), s.groupId(), s.groupLabel(), null, null))
                .filter(GroupChanges.Move::changes).toList();
        if (moves.isEmpty()) {
            throw new InvalidInputException("label", "consultation.group.none-grouped");
        }
        groups.setGroup(submissionIds, null);
        for (String summary : GroupChanges.summaries("Took " + moves.size() + " submissions out of their groups",
                moves)) {
            publish(context.member(), context.round(), "SUBMISSIONS_UNGROUPED", "ROUND", roundId, summary);
        }
        keeper.settle(roundId);
    }

    /** Groups suggested from text similarity, within each section; see {@link SimilarGroups}. */
    @Transactional(readOnly = true)
    public List<SuggestedGroup> suggestGroups(long roundId) {
        access.round(roundId);
        return SimilarGroups.suggest(groups.ungrouped(roundId, SUGGESTION_SAMPLE));
    }

    /** Revisions a response may point at: recent saves of the section. */
    @Transactional(readOnly = true)
    public List<RevisionOption> revisionOptions(long roundId, long sectionId) {
        ConsultationRound round = access.round(roundId).round();
        if (texts.planOfSection(sectionId).orElse(-1L) != round.planId()) {
            throw new NotFoundException("Section");
        }
        return texts.revisions(sectionId, 30).stream()
                .map(r -> new RevisionOption(r.id(), r.revisionNo(), r.authorName(), r.createdAt(), r.note())).toList();
    }

    /** The change a revision made (against the revision before it), as escaped inline diff HTML. */
    @Transactional(readOnly = true)
    public String revisionDiffHtml(long roundId, long revisionId) {
        ConsultationRound round = access.round(roundId).round();
        var change = texts.change(revisionId).filter(c -> c.planId() == round.planId())
                .orElseThrow(() -> new NotFoundException("Revision"));
        return org.councilworkspace.plan.text.DiffHtml.inline(org.councilworkspace.plan.text.WordDiff.diff(change.before(),
                change.after(), java.util.Locale.ROOT));
    }

    public long respond(long submissionId, Disposition disposition, String reasoning, Long revisionId) {
        Submission s = submission(submissionId);
        return answer(s.roundId(), submissionId, null, disposition, reasoning, revisionId, s.receiptNo());
    }

    public long respondToGroup(long groupId, Disposition disposition, String reasoning, Long revisionId) {
        long roundId = groups.roundOfGroup(groupId).orElseThrow(() -> new NotFoundException("Group"));
        return answer(roundId, null, groupId, disposition, reasoning, revisionId, "group " + groupId);
    }

    @Transactional(readOnly = true)
    public Optional<Response> response(long submissionId) {
        submission(submissionId);
        return submissions.currentResponse(submissionId, null);
    }

    @Transactional(readOnly = true)
    public Optional<Response> groupResponse(long groupId) {
        long roundId = groups.roundOfGroup(groupId).orElseThrow(() -> new NotFoundException("Group"));
        access.round(roundId);
        return submissions.currentResponse(null, groupId);
    }

    /**
     * Publishes the comment-response table of a closed round. Every visible submission should have an answer;
     * with some unanswered the secretariat must say so explicitly ({@code publishWithUnanswered}), and the audit
     * records how many went out without one. Published results are final: nothing in them can change afterwards.
     */
    public void publish(long roundId, boolean publishWithUnanswered) {
        var context = access.round(roundId);
        ConsultationRound round = context.round();
        requireNotPublished(round);
        if (round.status() != RoundStatus.RESPONDED && round.status() != RoundStatus.CLOSED) {
            throw new InvalidInputException("status", "consultation.publish.not-closed");
        }
        int unanswered = submissions.progress(roundId).unanswered();
        if (unanswered > 0 && !publishWithUnanswered) {
            throw new InvalidInputException("publishWithUnanswered", "consultation.publish.unanswered", unanswered);
        }
        if (!rounds.changeStatus(roundId, round.status(), RoundStatus.PUBLISHED)) {
            throw new ConcurrentChangeException("Round");
        }
        rounds.markPublished(roundId, now(), rounds.latestVersion(round.planId()));
        publish(context.member(), round, "RESULTS_PUBLISHED", "ROUND", roundId, unanswered == 0 ? round.title()
                : round.title() + "; published with " + unanswered + " unanswered submissions, as the secretariat chose");
    }

    /** The results as they are or would be published, for the secretariat to check before publishing. */
    @Transactional(readOnly = true)
    public PublishedResults preview(long roundId) {
        return results.build(access.round(roundId).round());
    }

    private long answer(long roundId, Long submissionId, Long groupId, Disposition disposition, String reasoning,
                        Long revisionId, String what) {
        var context = access.round(roundId);
        ConsultationRound round = context.round();
        requireNotPublished(round);
        if (round.status() == RoundStatus.DRAFT) {
            throw new InvalidInputException("disposition", "consultation.respond.not-now");
        }
        if (disposition == null) {
            throw new InvalidInputException("disposition", "validation.required");
        }
        String text = TextRules.requiredText("reasoning", reasoning, 8000);
        if (revisionId != null && texts.change(revisionId).map(c -> c.planId() != round.planId()).orElse(true)) {
            throw new InvalidInputException("revision", "consultation.respond.revision-other-plan");
        }
        OffsetDateTime now = now();
        submissions.supersedeResponses(submissionId, groupId, now);
        long id = submissions.insertResponse(roundId, submissionId, groupId, disposition, text, revisionId,
                context.member().actor().id(), now);
        publish(context.member(), round, "SUBMISSION_ANSWERED", submissionId != null ? "SUBMISSION" : "GROUP",
                submissionId != null ? submissionId : groupId, what + ": " + disposition);
        keeper.settle(roundId);
        return id;
    }

    /** The submissions as they are now, in receipt order; not found if any is not of this round. */
    private List<Submission> inRound(long roundId, Set<Long> submissionIds) {
        List<Submission> found = new ArrayList<>();
        for (long id : submissionIds) {
            found.add(submissions.find(id).filter(s -> s.roundId() == roundId)
                    .orElseThrow(() -> new NotFoundException("Submission")));
        }
        found.sort(Comparator.comparing(Submission::receiptNo));
        return found;
    }

    private static void requireNotPublished(ConsultationRound round) {
        if (round.status() == RoundStatus.PUBLISHED) {
            throw new InvalidInputException("status", "consultation.round.published");
        }
    }

    private void publish(CouncilMember member, ConsultationRound round, String action, String type, long id,
                         String summary) {
        events.publishEvent(new RoundChanged(member.actor().id(), member.actor().username(), round.councilId(), action,
                type, Long.toString(id), summary));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
