package org.councilworkspace.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.councilworkspace.base.Secrets;

/**
 * Consultation rounds for those who run them: scheduling on a frozen plan version, invitations, opening and
 * closing by hand, reopening a closed round on the record, and the schedule that opens and closes rounds and
 * warns the secretariat before a close.
 */
@Service
@Transactional
public class RoundService {

    public static final Duration PUBLIC_DEFAULT_LENGTH = Duration.ofDays(30);
    public static final int MAX_REASON = 2000;

    private final RoundRepository rounds;
    private final PlanTextRepository texts;
    private final ConsultationAccess access;
    private final AccessGuard guard;
    private final RoundHistoryRepository history;
    private final ScheduledRoundMoves schedule;
    private final ApplicationEventPublisher events;
    private final RoundProgressKeeper keeper;
    private final Clock clock;

    RoundService(RoundRepository rounds, PlanTextRepository texts, ConsultationAccess access, AccessGuard guard,
                 RoundHistoryRepository history, ScheduledRoundMoves schedule, ApplicationEventPublisher events,
                 RoundProgressKeeper keeper, Clock clock) {
        this.rounds = rounds;
        this.texts = texts;
        this.access = access;
        this.guard = guard;
        this.history = history;
        this.schedule = schedule;
        this.events = events;
        this.keeper = keeper;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean mayManage(long councilId) {
        return guard.may(councilId, CouncilAction.MANAGE_CONSULTATION);
    }

    @Transactional(readOnly = true)
    public List<ConsultationRound> rounds(long councilId) {
        access.council(councilId);
        return rounds.ofCouncil(councilId);
    }

    @Transactional(readOnly = true)
    public ConsultationRound round(long roundId) {
        return access.round(roundId).round();
    }

    /** The consulted sections as frozen in the round's version. */
    @Transactional(readOnly = true)
    public List<RoundSection> sections(long roundId) {
        return consulted(access.round(roundId).round(), texts);
    }

    public long createRound(long councilId, NewRound input) {
        CouncilMember member = access.council(councilId);
        String title = TextRules.requiredLine("title", input.title(), 300);
        String description = input.description() == null || input.description().isBlank() ? null
                : TextRules.requiredText("description", input.description(), 4000);
        if (input.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        long planId = rounds.planOfVersion(input.planVersionId()).orElseThrow(() -> new NotFoundException("Version"));
        if (rounds.councilOfPlan(planId).orElse(-1L) != councilId) {
            throw new NotFoundException("Version");
        }
        Set<Long> frozen = texts.versionSections(input.planVersionId()).stream().map(RoundSection::sectionId)
                .collect(Collectors.toSet());
        List<Long> sectionIds = input.sectionIds() == null ? List.of() : List.copyOf(Set.copyOf(input.sectionIds()));
        if (!frozen.containsAll(sectionIds)) {
            throw new InvalidInputException("sections", "consultation.round.sections-not-in-version");
        }
        if (input.opensAt() == null) {
            throw new InvalidInputException("opensAt", "validation.required");
        }
        OffsetDateTime closesAt = input.closesAt();
        if (closesAt == null && input.kind() == RoundKind.PUBLIC) {
            closesAt = input.opensAt().plus(PUBLIC_DEFAULT_LENGTH);
        }
        if (closesAt == null) {
            throw new InvalidInputException("closesAt", "validation.required");
        }
        if (!closesAt.isAfter(input.opensAt())) {
            throw new InvalidInputException("closesAt", "consultation.round.closes-before-opening");
        }
        NewRound clean = new NewRound(input.planVersionId(), title, description, input.kind(), input.opensAt(),
                closesAt, sectionIds);
        long id = rounds.insert(councilId, planId, clean, title, description, closesAt, member.actor().id(), now());
        publish(member, councilId, "ROUND_SCHEDULED", id, title + " (" + input.kind() + ")");
        return id;
    }

    /** Opens a scheduled round now, whatever its opening time said. */
    public void openNow(long roundId) {
        var context = access.round(roundId);
        ConsultationRound round = context.round();
        if (round.status() != RoundStatus.DRAFT) {
            throw new InvalidInputException("status", "consultation.round.not-draft");
        }
        OffsetDateTime now = now();
        if (!round.closesAt().isAfter(now)) {
            throw new InvalidInputException("closesAt", "consultation.round.closes-before-opening");
        }
        if (round.opensAt().isAfter(now)) {
            rounds.setOpensAt(roundId, now);
        }
        move(round, RoundStatus.DRAFT, RoundStatus.OPEN);
        publish(context.member(), round.councilId(), "ROUND_OPENED", roundId, round.title());
    }

    /**
     * Closes an open round now; comments are no longer taken. Before the deadline a reason is required: those
     * who meant to comment lose time they were promised, so the reason goes on the record and the public page.
     */
    public void closeNow(long roundId, String reason) {
        var context = access.round(roundId);
        ConsultationRound round = context.round();
        if (round.status() != RoundStatus.OPEN) {
            throw new InvalidInputException("status", "consultation.round.not-open");
        }
        OffsetDateTime now = now();
        boolean early = round.closesAt().isAfter(now);
        String why = null;
        if (early) {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException("reason", "consultation.round.close-reason-required");
            }
            why = TextRules.requiredText("reason", reason, MAX_REASON);
            rounds.setClosesAt(roundId, now);
        }
        move(round, RoundStatus.OPEN, RoundStatus.CLOSED);
        if (early) {
            history.append(roundId, RoundHistoryEntry.Kind.CLOSED_EARLY, context.member().actor().id(), now, why,
                    round.closesAt(), now);
        }
        publish(context.member(), round.councilId(), early ? "ROUND_CLOSED_EARLY" : "ROUND_CLOSED", roundId,
                early ? round.title() + ": deadline " + round.closesAt() + " → " + now + "; reason: " + why
                        : round.title());
        keeper.settle(roundId);
    }

    /**
     * Reopens a closed round whose results are not published, until a new deadline in the future, with a reason.
     * Submissions and answers received before stay; the schedule closes the round at the new deadline.
     */
    public void reopen(long roundId, OffsetDateTime newClosesAt, String reason) {
        var context = access.round(roundId);
        ConsultationRound round = context.round();
        if (round.status() == RoundStatus.PUBLISHED) {
            throw new InvalidInputException("status", "consultation.round.published");
        }
        if (round.status() != RoundStatus.CLOSED && round.status() != RoundStatus.RESPONDED) {
            throw new InvalidInputException("status", "consultation.round.not-closed");
        }
        OffsetDateTime now = now();
        if (newClosesAt == null) {
            throw new InvalidInputException("closesAt", "validation.required");
        }
        if (!newClosesAt.isAfter(now)) {
            throw new InvalidInputException("closesAt", "consultation.round.reopen-deadline-past");
        }
        String why = TextRules.requiredText("reason", reason, MAX_REASON);
        if (!rounds.reopen(roundId, round.status(), newClosesAt)) {
            throw new ConcurrentChangeException("Round");
        }
        rounds.extendInvitations(roundId, round.closesAt(), newClosesAt);
        history.append(roundId, RoundHistoryEntry.Kind.REOPENED, context.member().actor().id(), now, why,
                round.closesAt(), newClosesAt);
        publish(context.member(), round.councilId(), "ROUND_REOPENED", roundId,
                round.title() + ": deadline " + round.closesAt() + " → " + newClosesAt + "; reason: " + why);
    }

    /** Early closes and reopenings of the round, oldest first. */
    @Transactional(readOnly = true)
    public List<RoundHistoryEntry> history(long roundId) {
        access.round(roundId);
        return history.of(roundId);
    }

    /**
     * Invites an organization to an INVITED round and returns the secret token of its link (shown once).
     * The link expires when the round closes, or earlier if asked.
     */
    public String invite(long roundId, String organization, OrganizationType type, String email, OffsetDateTime expiresAt) {
        var context = access.round(roundId);
        ConsultationRound round = context.round();
        if (round.kind() != RoundKind.INVITED) {
            throw new InvalidInputException("organization", "consultation.invitation.public-round");
        }
        if (round.status() != RoundStatus.DRAFT && round.status() != RoundStatus.OPEN) {
            throw new InvalidInputException("organization", "consultation.round.not-open");
        }
        String name = TextRules.requiredLine("organization", organization, 300);
        if (type == null) {
            throw new InvalidInputException("organizationType", "validation.required");
        }
        String address = TextRules.email("email", email);
        OffsetDateTime expiry = expiresAt == null || expiresAt.isAfter(round.closesAt()) ? round.closesAt() : expiresAt;
        if (!expiry.isAfter(now())) {
            throw new InvalidInputException("expiresAt", "consultation.invitation.expired-already");
        }
        String token = Secrets.token(24);
        long id = rounds.insertInvitation(roundId, name, type, address, SubmissionText.sha256(token), expiry, now());
        publish(context.member(), round.councilId(), "ORGANIZATION_INVITED", roundId, name + " (invitation " + id + ")");
        return token;
    }

    @Transactional(readOnly = true)
    public List<Invitation> invitations(long roundId) {
        access.round(roundId);
        return rounds.invitations(roundId);
    }

    /**
     * What the schedule says should have happened by now: scheduled rounds opened, rounds past their closing
     * time closed, and the secretariat told once about each round closing within the notice period.
     * Runs without a signed-in person (the scheduled job); it acts only on the times the secretariat set.
     *
     * @return how many rounds changed or were announced
     */
    public int advanceSchedule() {
        return schedule.advance();
    }

    static List<RoundSection> consulted(ConsultationRound round, PlanTextRepository texts) {
        List<RoundSection> all = texts.versionSections(round.planVersionId());
        if (round.wholePlan()) {
            return all;
        }
        Set<Long> chosen = Set.copyOf(round.sectionIds());
        return all.stream().filter(s -> chosen.contains(s.sectionId())).toList();
    }

    private void move(ConsultationRound round, RoundStatus from, RoundStatus to) {
        if (!rounds.changeStatus(round.id(), from, to)) {
            throw new ConcurrentChangeException("Round");
        }
    }

    private void publish(CouncilMember member, long councilId, String action, long roundId, String summary) {
        events.publishEvent(new RoundChanged(member.actor().id(), member.actor().username(), councilId, action,
                "ROUND", Long.toString(roundId), summary));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
