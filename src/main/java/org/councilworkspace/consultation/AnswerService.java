package org.councilworkspace.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.Messages;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's answering workspace on top of {@link ReviewService}: answer templates per disposition (the
 * council's own wording or the built-in one in the council's language), the next submission still to answer, and one
 * answer for several selected submissions at once. The same people as for the review (those who run the council's
 * consultations) may use it, and the same rule holds: once a round's results are published, its answers are final.
 */
@Service
@Transactional
public class AnswerService {

    private final ReviewService review;
    private final SubmissionRepository submissions;
    private final AnswerTemplateRepository templates;
    private final ConsultationAccess access;
    private final CouncilService councils;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnswerService(ReviewService review, SubmissionRepository submissions, AnswerTemplateRepository templates,
                  ConsultationAccess access, CouncilService councils, ApplicationEventPublisher events, Clock clock) {
        this.review = review;
        this.submissions = submissions;
        this.templates = templates;
        this.access = access;
        this.councils = councils;
        this.events = events;
        this.clock = clock;
    }

    /** One template per disposition, in the disposition order: the council's own wording where it saved one. */
    @Transactional(readOnly = true)
    public List<AnswerTemplate> templates(long councilId) {
        access.council(councilId);
        Map<Disposition, AnswerTemplate> own = templates.ofCouncil(councilId);
        Locale language = councils.language(councilId).locale();
        List<AnswerTemplate> all = new ArrayList<>();
        for (Disposition d : Disposition.values()) {
            all.add(own.getOrDefault(d, new AnswerTemplate(d, builtIn(d, language), null)));
        }
        return all;
    }

    @Transactional(readOnly = true)
    public AnswerTemplate template(long councilId, Disposition disposition) {
        return templates(councilId).get(disposition.ordinal());
    }

    /**
     * Saves the council's wording for a disposition. {@code expectedVersion} is the version the editor started from
     * (null while it was the built-in wording); a save by someone else in between is refused, not overwritten.
     */
    public void saveTemplate(long councilId, Disposition disposition, String text, Integer expectedVersion) {
        CouncilMember member = access.council(councilId);
        if (disposition == null) {
            throw new InvalidInputException("disposition", "validation.required");
        }
        String body = TextRules.requiredText("text", text, 8000);
        boolean exists = templates.ofCouncil(councilId).containsKey(disposition);
        if (expectedVersion == null) {
            if (exists) {
                throw new ConcurrentChangeException("Answer template");
            }
            templates.insert(councilId, disposition, body, member.actor().id(), now());
        } else if (!templates.update(councilId, disposition, body, member.actor().id(), now(), expectedVersion)) {
            throw new ConcurrentChangeException("Answer template");
        }
        publish(member, councilId, "ANSWER_TEMPLATE_SAVED", "COUNCIL", councilId, disposition.name());
    }

    /**
     * The next visible submission without an answer after the given one, in the grid's order and within its
     * filter (section, type, search, group), starting again from the top when none follows; empty when every
     * other one is answered.
     */
    @Transactional(readOnly = true)
    public Optional<Submission> nextUnanswered(long roundId, SubmissionFilter filter, Long afterSubmissionId) {
        access.round(roundId);
        SubmissionFilter open = (filter == null ? SubmissionFilter.ALL : filter).unansweredOnly();
        long after = afterSubmissionId == null ? 0 : afterSubmissionId;
        Optional<Submission> next = submissions.firstAfter(roundId, open, after);
        if (next.isEmpty() && after > 0) {
            next = submissions.firstAfter(roundId, open, 0).filter(s -> s.id() != after);
        }
        return next;
    }

    /**
     * One answer for several similar submissions: they become one group (or stay the group they already are,
     * when they are exactly one whole group) and the group is answered. Answers of their own that they had are
     * superseded, so the shared answer is the one in force for each; nothing is deleted. A single submission is
     * simply answered. Returns the id of the answer.
     */
    public long answerTogether(long roundId, Set<Long> submissionIds, String groupLabel, Disposition disposition,
                               String reasoning, Long revisionId) {
        var context = access.round(roundId);
        if (submissionIds == null || submissionIds.isEmpty()) {
            throw new InvalidInputException("label", "consultation.together.none");
        }
        if (submissionIds.size() == 1) {
            return review.respond(submissionIds.iterator().next(), disposition, reasoning, revisionId);
        }
        List<Submission> selected = new ArrayList<>();
        for (long id : submissionIds) {
            selected.add(submissions.find(id).filter(s -> s.roundId() == roundId)
                    .orElseThrow(() -> new NotFoundException("Submission")));
        }
        Long sameGroup = selected.get(0).groupId();
        boolean wholeGroup = sameGroup != null && selected.stream().allMatch(s -> sameGroup.equals(s.groupId()))
                && review.groups(roundId).stream().anyMatch(g -> g.id() == sameGroup && g.members() == selected.size());
        long groupId = wholeGroup ? sameGroup : review.group(roundId, groupLabel, submissionIds);
        submissions.supersedeOwnResponses(submissionIds, now());
        long answer = review.respondToGroup(groupId, disposition, reasoning, revisionId);
        publish(context.member(), context.round().councilId(), "SUBMISSIONS_ANSWERED_TOGETHER", "GROUP", groupId,
                selected.size() + " submissions answered together: " + disposition);
        return answer;
    }

    static String builtIn(Disposition disposition, Locale language) {
        return Messages.get("consultation.template." + disposition.name(), language);
    }

    private void publish(CouncilMember member, long councilId, String action, String type, long id, String summary) {
        events.publishEvent(new RoundChanged(member.actor().id(), member.actor().username(), councilId, action, type,
                Long.toString(id), summary));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
