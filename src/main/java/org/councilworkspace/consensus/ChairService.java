package org.councilworkspace.consensus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.council.ConsensusRule;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.db.tables.records.MemberPositionRecord;
import org.councilworkspace.db.tables.records.MinorityOpinionRecord;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair's part: declaring consensus on a section (when the rule allows, or over objections, which then
 * go to the minority opinions annex), reopening, and keeping the annex with the members' consent.
 */
@Service
@Transactional
public class ChairService {

    private final ConsensusService consensus;
    private final PositionRepository positions;
    private final DeclarationRepository declarations;
    private final MinorityRepository minority;
    private final PlanService plans;
    private final CouncilService councils;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AnnexNotices notices;

    ChairService(ConsensusService consensus, PositionRepository positions, DeclarationRepository declarations,
                 MinorityRepository minority, PlanService plans, CouncilService councils, AccessGuard guard,
                 ApplicationEventPublisher events, Clock clock, AnnexNotices notices) {
        this.notices = notices;
        this.consensus = consensus;
        this.positions = positions;
        this.declarations = declarations;
        this.minority = minority;
        this.plans = plans;
        this.councils = councils;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Declares consensus on a section with a short summary. Allowed when the council's rule is satisfied,
     * at any time under CHAIR_DECIDES, and over open objections only when {@code overObjections} is set;
     * every open objection is then recorded as a minority opinion.
     */
    public void declare(long planId, long sectionId, String summary, boolean overObjections) {
        Plan plan = plans.plan(planId);
        CouncilMember chair = guard.require(plan.councilId(), CouncilAction.DECLARE_CONSENSUS);
        if (plan.status().textLocked()) {
            throw new InvalidInputException("summary", "plan.text-locked");
        }
        String text = TextRules.requiredText("summary", summary, 2000);
        OutlineNode node = consensus.node(planId, sectionId);
        MatrixRow row = consensus.matrix(planId, null).sections().stream()
                .filter(r -> r.sectionId() != null && r.sectionId() == sectionId).findFirst()
                .orElseThrow(() -> new InvalidInputException("summary", "consensus.no-text"));
        ConsensusRule rule = councils.council(plan.councilId()).consensusRule();
        boolean override = false;
        if (row.outcome() != RuleOutcome.REACHED && rule != ConsensusRule.CHAIR_DECIDES) {
            if (row.outcome() != RuleOutcome.BLOCKED) {
                throw new InvalidInputException("summary", "consensus.rule-not-satisfied");
            }
            if (!overObjections) {
                throw new InvalidInputException("summary", "consensus.objections-open");
            }
            override = true;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        recordOpenObjections(plan, sectionId, chair.actor(), now);
        declarations.reopen(planId, sectionId, chair.actor().id(), "Declared again", now);
        declarations.insert(planId, sectionId, node.currentRevisionId(), text, override, chair.actor().id(), now);
        publish(chair.actor(), plan, "CONSENSUS_DECLARED", "SECTION", sectionId,
                (override ? "over objections: " : "") + text);
    }

    /**
     * Reopens the standing declaration on a section of this plan. A section of another plan (or council) is not
     * there as far as this plan is concerned: the same answer as a section that does not exist.
     */
    public void reopen(long planId, long sectionId, String reason) {
        Plan plan = plans.plan(planId);
        CouncilMember chair = guard.require(plan.councilId(), CouncilAction.DECLARE_CONSENSUS);
        consensus.node(planId, sectionId);
        String why = TextRules.requiredText("reason", reason, 2000);
        if (declarations.reopen(planId, sectionId, chair.actor().id(), why, OffsetDateTime.now(clock)) == 0) {
            throw new InvalidInputException("reason", "consensus.not-declared");
        }
        publish(chair.actor(), plan, "CONSENSUS_REOPENED", "SECTION", sectionId, why);
    }

    /** Takes an objection or reservation into the annex, in the chair's wording (the member then confirms it). */
    public long recordMinorityOpinion(long positionId, String text) {
        MemberPositionRecord position = positions.find(positionId).orElseThrow(() -> new NotFoundException("Position"));
        Plan plan = plans.plan(position.getPlanId());
        CouncilMember chair = guard.require(plan.councilId(), CouncilAction.DECLARE_CONSENSUS);
        Stance stance = Stance.valueOf(position.getStance());
        if (stance != Stance.OBJECT && stance != Stance.AGREE_WITH_RESERVATIONS) {
            throw new InvalidInputException("text", "consensus.not-a-minority-position");
        }
        if (minority.existsForPosition(positionId)) {
            throw new InvalidInputException("text", "consensus.already-in-annex");
        }
        String wording = TextRules.requiredText("text", text == null || text.isBlank() ? position.getReason() : text, 4000);
        long id = minority.insert(plan.id(), position.getSectionId(), position.getUserId(), stance, wording, positionId,
                chair.actor().id(), OffsetDateTime.now(clock));
        notices.recorded(plan, position.getSectionId(), position.getUserId());
        publish(chair.actor(), plan, "MINORITY_OPINION_RECORDED", "MINORITY_OPINION", id, stance.name());
        return id;
    }

    /** Changes the wording; the member's earlier consent no longer applies. */
    public void editMinorityOpinion(long opinionId, String text, int expectedVersion) {
        MinorityOpinionRecord opinion = opinion(opinionId);
        Plan plan = plans.plan(opinion.getPlanId());
        CouncilMember chair = guard.require(plan.councilId(), CouncilAction.DECLARE_CONSENSUS);
        if (!minority.updateText(opinionId, TextRules.requiredText("text", text, 4000), expectedVersion)) {
            throw new ConcurrentChangeException("Minority opinion");
        }
        notices.reworded(plan, opinion.getSectionId(), opinion.getUserId());
        publish(chair.actor(), plan, "MINORITY_OPINION_EDITED", "MINORITY_OPINION", opinionId, "wording changed");
    }

    /** The member confirms that the annex wording represents their view. Only that member may. */
    public void consentToMinorityOpinion(long opinionId, int expectedVersion) {
        MinorityOpinionRecord opinion = opinion(opinionId);
        Plan plan = plans.plan(opinion.getPlanId());
        CouncilMember me = guard.require(plan.councilId(), CouncilAction.READ);
        if (me.actor().id() != opinion.getUserId()) {
            throw new AccessDeniedException("Only the member whose opinion it is may confirm it");
        }
        if (!minority.consent(opinionId, expectedVersion, OffsetDateTime.now(clock))) {
            throw new ConcurrentChangeException("Minority opinion");
        }
        publish(me.actor(), plan, "MINORITY_OPINION_CONFIRMED", "MINORITY_OPINION", opinionId, "by the member");
    }

    /** The chair, or the member themselves, takes an opinion out of the annex (it stays in the records). */
    public void withdrawMinorityOpinion(long opinionId) {
        MinorityOpinionRecord opinion = opinion(opinionId);
        Plan plan = plans.plan(opinion.getPlanId());
        CouncilMember me = guard.require(plan.councilId(), CouncilAction.READ);
        if (me.actor().id() != opinion.getUserId() && !me.may(CouncilAction.DECLARE_CONSENSUS)) {
            throw new AccessDeniedException("Only the chair or the member may withdraw it");
        }
        minority.withdraw(opinionId, OffsetDateTime.now(clock));
        publish(me.actor(), plan, "MINORITY_OPINION_WITHDRAWN", "MINORITY_OPINION", opinionId, "withdrawn");
    }

    @Transactional(readOnly = true)
    public List<MinorityOpinion> annex(long planId) {
        Plan plan = plans.plan(planId);
        return minority.ofPlan(planId, plan.councilId());
    }

    private void recordOpenObjections(Plan plan, long sectionId, Actor chair, OffsetDateTime now) {
        for (Position p : positions.onSubject(plan.id(), sectionId, plan.councilId(), LocalDate.now(clock))) {
            if (p.stance() == Stance.OBJECT && !p.stale() && !minority.existsForPosition(p.id())) {
                minority.insert(plan.id(), sectionId, p.userId(), Stance.OBJECT, p.reason(), p.id(), chair.id(), now);
                notices.recorded(plan, sectionId, p.userId());
            }
        }
    }

    private MinorityOpinionRecord opinion(long id) {
        return minority.find(id).orElseThrow(() -> new NotFoundException("Minority opinion"));
    }

    private void publish(Actor actor, Plan plan, String action, String type, long objectId, String summary) {
        events.publishEvent(new ConsensusChanged(actor.id(), actor.username(), plan.councilId(), plan.id(), action, type,
                Long.toString(objectId), summary));
    }
}
