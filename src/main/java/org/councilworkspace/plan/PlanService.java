package org.councilworkspace.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A council's master plans: creation, the status path to adoption, and starting the next cycle from the last. */
@Service
@Transactional
public class PlanService {

    private final PlanRepository plans;
    private final SectionRepository sections;
    private final RevisionRepository revisions;
    private final VersionService versions;
    private final PlanAccess access;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    // A provider, not a list: the checks themselves read plans, so they are looked up when needed.
    private final ObjectProvider<AdoptionCheck> adoptionChecks;

    PlanService(PlanRepository plans, SectionRepository sections, RevisionRepository revisions, VersionService versions,
                PlanAccess access, AccessGuard guard, ApplicationEventPublisher events, Clock clock,
                ObjectProvider<AdoptionCheck> adoptionChecks) {
        this.adoptionChecks = adoptionChecks;
        this.plans = plans;
        this.sections = sections;
        this.revisions = revisions;
        this.versions = versions;
        this.access = access;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    public long createPlan(long councilId, NewPlan input) {
        CouncilMember member = guard.require(councilId, CouncilAction.MANAGE_PLAN);
        NewPlan plan = validate(input);
        long id = plans.insert(councilId, plan, null, member.actor().id(), now());
        publish(member.actor(), councilId, "PLAN_CREATED", id, plan.title() + " " + plan.cycleStart() + "–" + plan.cycleEnd());
        return id;
    }

    @Transactional(readOnly = true)
    public List<Plan> plans(long councilId) {
        guard.require(councilId, CouncilAction.READ);
        return plans.ofCouncil(councilId);
    }

    @Transactional(readOnly = true)
    public Plan plan(long planId) {
        return access.plan(planId, CouncilAction.READ).plan();
    }

    /** Whether the signed-in person may change this plan's structure, versions and status. */
    @Transactional(readOnly = true)
    public boolean mayManage(long planId) {
        Plan plan = plan(planId);
        return guard.may(plan.councilId(), CouncilAction.MANAGE_PLAN);
    }

    /**
     * Moves the plan along its path. Adoption is the chair's sign-off: it freezes the adopted text as a
     * major version and supersedes the previous cycle's plan.
     */
    public Plan changeStatus(long planId, PlanStatus target, int expectedVersion) {
        var context = access.plan(planId, CouncilAction.MANAGE_PLAN);
        Plan plan = context.plan();
        if (target == null || !plan.status().next().contains(target)) {
            throw new InvalidInputException("status", "plan.transition-not-allowed");
        }
        if (target == PlanStatus.ADOPTED && !context.member().may(CouncilAction.DECLARE_CONSENSUS)) {
            throw new AccessDeniedException("Only the chair signs off adoption");
        }
        if (target == PlanStatus.ADOPTED) {
            List<String> open = adoptionChecks.orderedStream().flatMap(c -> c.blockers(planId).stream()).toList();
            if (!open.isEmpty()) {
                throw new InvalidInputException("status", "plan.not-all-agreed", String.join(", ", open));
            }
        }
        if (!plans.changeStatus(planId, target, expectedVersion)) {
            throw new ConcurrentChangeException("Plan");
        }
        publish(context.member().actor(), plan.councilId(), "PLAN_STATUS_CHANGED", planId, plan.status() + " → " + target);
        if (target == PlanStatus.ADOPTED) {
            versions.freezeAsAdopted(planId, context.member().actor());
            supersedePrevious(plan, context.member().actor());
        }
        return plans.find(planId).orElseThrow();
    }

    /** Starts the next cycle's plan: the outline and the newest text of every section, as first revisions. */
    public long startNextCycle(long fromPlanId, NewPlan input) {
        var context = access.plan(fromPlanId, CouncilAction.MANAGE_PLAN);
        Plan from = context.plan();
        NewPlan plan = validate(input);
        if (plan.cycleStart() <= from.cycleStart()) {
            throw new InvalidInputException("cycleStart", "plan.next-cycle-later");
        }
        Actor actor = context.member().actor();
        long id = plans.insert(from.councilId(), plan, fromPlanId, actor.id(), now());
        Map<Long, Long> copies = copyOutline(from, id, actor);
        publish(actor, from.councilId(), "PLAN_CREATED", id, plan.title() + ", continued from plan " + fromPlanId);
        events.publishEvent(new NextCycleStarted(from.councilId(), fromPlanId, id, copies));
        return id;
    }

    private Map<Long, Long> copyOutline(Plan from, long toPlanId, Actor actor) {
        Map<Long, Long> copies = new HashMap<>();
        Map<Long, List<Lead>> leads = sections.leadsOfPlan(from.id());
        // Parents come before their children in this order, so every copy finds its parent's copy.
        for (OutlineNode node : OutlineBuilder.build(sections.ofPlan(from.id()), Map.of(), Map.of(), false)) {
            Long parent = node.parentId() == null ? null : copies.get(node.parentId());
            long copy = sections.insert(toPlanId, parent, sections.nextPosition(toPlanId, parent), node.title(),
                    node.sectionId(), now());
            copies.put(node.sectionId(), copy);
            sections.addLeads(copy, leads.getOrDefault(node.sectionId(), List.of()).stream().map(Lead::userId).toList(),
                    actor.id(), now());
            if (node.currentRevisionId() != null) {
                Revision source = revisions.find(node.currentRevisionId()).orElseThrow();
                long revision = revisions.insert(copy, source.body(), actor.id(), now(),
                        "Carried over from " + from.title() + " " + from.cycle(), null, RevisionKind.COPIED,
                        source.id(), 0);
                sections.setCurrentRevision(copy, revision, true);
            }
        }
        return copies;
    }

    private void supersedePrevious(Plan plan, Actor actor) {
        if (plan.previousPlanId() == null) {
            return;
        }
        plans.find(plan.previousPlanId())
                .filter(p -> p.status() == PlanStatus.ADOPTED || p.status() == PlanStatus.PUBLISHED)
                .ifPresent(previous -> {
                    plans.changeStatus(previous.id(), PlanStatus.SUPERSEDED, previous.version());
                    publish(actor, previous.councilId(), "PLAN_STATUS_CHANGED", previous.id(),
                            previous.status() + " → SUPERSEDED by plan " + plan.id());
                });
    }

    private NewPlan validate(NewPlan p) {
        String title = TextRules.requiredLine("title", p.title(), 300);
        if (p.cycleStart() == null || p.cycleStart() < 1900 || p.cycleStart() > 2200) {
            throw new InvalidInputException("cycleStart", "validation.range", 1900, 2200);
        }
        if (p.cycleEnd() == null || p.cycleEnd() < p.cycleStart() || p.cycleEnd() > p.cycleStart() + 30) {
            throw new InvalidInputException("cycleEnd", "plan.cycle-end-invalid");
        }
        String national = p.nationalPlan() == null || p.nationalPlan().isBlank() ? null
                : TextRules.requiredLine("nationalPlan", p.nationalPlan(), 300);
        return new NewPlan(title, p.cycleStart(), p.cycleEnd(), national);
    }

    private void publish(Actor actor, long councilId, String action, long planId, String summary) {
        events.publishEvent(new PlanChanged(actor.id(), actor.username(), councilId, action, "PLAN",
                Long.toString(planId), summary));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

}
