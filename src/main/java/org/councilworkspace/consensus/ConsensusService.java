package org.councilworkspace.consensus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.council.Council;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Positions and the consensus matrix. A position belongs to the text it was given on and turns stale when
 * that text changes; the council's rule decides from current positions; the chair declares.
 */
@Service
@Transactional
public class ConsensusService {

    private final PositionRepository positions;
    private final DeclarationRepository declarations;
    private final PlanService plans;
    private final OutlineService outline;
    private final CouncilService councils;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NotificationService notifications;

    ConsensusService(PositionRepository positions, DeclarationRepository declarations, PlanService plans,
                     OutlineService outline, CouncilService councils, AccessGuard guard,
                     ApplicationEventPublisher events, Clock clock, NotificationService notifications) {
        this.notifications = notifications;
        this.positions = positions;
        this.declarations = declarations;
        this.plans = plans;
        this.outline = outline;
        this.councils = councils;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** Records my position on a section (or, with a null section, on the plan as a whole). */
    public long recordPosition(long planId, Long sectionId, Stance stance, String reason) {
        Plan plan = plans.plan(planId);
        CouncilMember me = guard.require(plan.councilId(), CouncilAction.RECORD_POSITION);
        if (plan.status().textLocked()) {
            throw new InvalidInputException("stance", "plan.text-locked");
        }
        if (stance == null) {
            throw new InvalidInputException("stance", "validation.required");
        }
        String why = stance.requiresReason() ? TextRules.requiredText("reason", reason, 4000)
                : reason == null || reason.isBlank() ? null : TextRules.requiredText("reason", reason, 4000);
        Long revisionId = null;
        Long versionId = null;
        if (sectionId != null) {
            OutlineNode node = node(planId, sectionId);
            if (node.currentRevisionId() == null) {
                throw new InvalidInputException("stance", "consensus.no-text");
            }
            revisionId = node.currentRevisionId();
        } else {
            versionId = positions.latestPlanVersion(planId);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        positions.supersede(planId, sectionId, me.actor().id(), now);
        long id = positions.insert(planId, sectionId, me.actor().id(), stance, why, revisionId, versionId, now);
        events.publishEvent(new ConsensusChanged(me.actor().id(), me.actor().username(), plan.councilId(), planId,
                "POSITION_RECORDED", "POSITION", Long.toString(id), subject(sectionId) + ": " + stance));
        return id;
    }

    /** The matrix: every section with text, in outline order, by stakeholder group, plus the plan as a whole. */
    @Transactional(readOnly = true)
    public ConsensusMatrix matrix(long planId, MatrixFilter filter) {
        Plan plan = plans.plan(planId);
        CouncilMember me = guard.require(plan.councilId(), CouncilAction.READ);
        Council council = councils.council(plan.councilId());
        LocalDate today = LocalDate.now(clock);
        List<PositionRepository.Count> counts = positions.counts(planId, plan.councilId(), today);
        Map<StakeholderGroup, Integer> voting = positions.votingMembers(plan.councilId(), today);
        var standing = declarations.standing(planId);
        Set<Long> answered = me.role().isVoting() ? new HashSet<>(positions.answeredBy(planId, me.actor().id())) : null;
        MatrixBuilder builder = new MatrixBuilder(council, counts, voting);
        MatrixRow planRow = builder.row(null, "", null, false, answered != null && !answered.contains(null), null);
        List<MatrixRow> rows = new ArrayList<>();
        for (OutlineNode node : outline.outline(planId, false)) {
            if (node.currentRevisionId() == null) {
                continue;
            }
            var declaration = standing.get(node.sectionId());
            boolean declared = declaration != null && node.standsOn(declaration.revisionId());
            MatrixRow row = builder.row(node.sectionId(), node.number(), node.title(), declared,
                    answered != null && !answered.contains(node.sectionId()), declared ? declaration.summary() : null);
            if (filter == null || filter.keeps(row)) {
                rows.add(row);
            }
        }
        return new ConsensusMatrix(planId, planRow, rows);
    }

    /** Current positions on one subject, with who holds them. */
    @Transactional(readOnly = true)
    public List<Position> positions(long planId, Long sectionId) {
        Plan plan = plans.plan(planId);
        requireSubject(planId, sectionId);
        return positions.onSubject(planId, sectionId, plan.councilId(), LocalDate.now(clock));
    }

    /** My own positions on a subject, newest first: the current one and those it replaced. */
    @Transactional(readOnly = true)
    public List<Position> myHistory(long planId, Long sectionId) {
        Plan plan = plans.plan(planId);
        requireSubject(planId, sectionId);
        return positions.history(planId, sectionId, guard.require(plan.councilId(), CouncilAction.READ).actor().id());
    }

    /** Voting members with no position on the subject's current text. */
    @Transactional(readOnly = true)
    public List<Long> notResponded(long planId, Long sectionId) {
        Plan plan = plans.plan(planId);
        requireSubject(planId, sectionId);
        return positions.notResponded(planId, sectionId, plan.councilId(), LocalDate.now(clock));
    }

    /**
     * Reminds the voting members who have not spoken on the subject's current text: the chair and the
     * secretariat may. Returns how many were reminded.
     */
    public int requestPositions(long planId, Long sectionId) {
        Plan plan = plans.plan(planId);
        CouncilMember me = guard.membership(plan.councilId())
                .filter(m -> m.may(CouncilAction.DECLARE_CONSENSUS) || m.may(CouncilAction.MANAGE_PLAN))
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                        "Only the chair and the secretariat request positions"));
        String subject = sectionId == null ? plan.title() : node(planId, sectionId).numberedTitle();
        List<Long> silent = positions.notResponded(planId, sectionId, plan.councilId(), LocalDate.now(clock));
        notifications.notify(silent, "POSITION_REQUESTED", "notification.position-requested",
                List.of(me.actor().displayName(), subject), sectionId == null ? "plans/" + planId + "/consensus"
                        : "plans/" + planId + "/sections/" + sectionId);
        events.publishEvent(new ConsensusChanged(me.actor().id(), me.actor().username(), plan.councilId(), planId,
                "POSITIONS_REQUESTED", sectionId == null ? "PLAN" : "SECTION",
                String.valueOf(sectionId == null ? planId : sectionId), silent.size() + " member(s) reminded"));
        return silent.size();
    }

    /** A section named with a plan must be one of that plan's: otherwise it is not there (null is the whole plan). */
    private void requireSubject(long planId, Long sectionId) {
        if (sectionId != null) {
            node(planId, sectionId);
        }
    }

    OutlineNode node(long planId, long sectionId) {
        return outline.outline(planId, false).stream().filter(n -> n.sectionId() == sectionId).findFirst()
                .orElseThrow(() -> new NotFoundException("Section"));
    }

    static String subject(Long sectionId) {
        return sectionId == null ? "whole plan" : "section " + sectionId;
    }
}
