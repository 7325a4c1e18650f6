package org.councilworkspace.implementation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public progress tracker of a plan. Publishing is a deliberate, final act of the plan's managers (chair,
 * vice-chair, secretariat): it copies the register as it stands (measures with status, lead agency and aligned
 * goals, KPIs with baseline, targets, the accepted value of each period and the computed status) into a snapshot
 * that later edits never change. Nothing published is withdrawn; a correction is a new publication with its reason, and the portal
 * lists the earlier ones. The reads for the portal need no sign-in and see only what was published.
 */
@Service
@Transactional
public class ProgressTracker {

    private final RegisterAccess access;
    private final MeasureRepository measures;
    private final KpiRepository kpis;
    private final AgencyRepository agencies;
    private final ProgressRepository progress;
    private final PlanService plans;
    private final PublishedPlans publishedPlans;
    private final OutlineService outline;
    private final ApplicationEventPublisher events;
    private final GoalRepository goals;
    private final Clock clock;
    private final MeasureSnapshots snapshots;

    ProgressTracker(RegisterAccess access, MeasureRepository measures, KpiRepository kpis, AgencyRepository agencies,
                    ProgressRepository progress, PlanService plans, PublishedPlans publishedPlans,
                    OutlineService outline, ApplicationEventPublisher events, GoalRepository goals, Clock clock,
                    MeasureSnapshots snapshots) {
        this.goals = goals;
        this.snapshots = snapshots;
        this.access = access;
        this.measures = measures;
        this.kpis = kpis;
        this.agencies = agencies;
        this.progress = progress;
        this.plans = plans;
        this.publishedPlans = publishedPlans;
        this.outline = outline;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes the plan's progress as of a day. Refused: for anyone but the plan's managers; for a plan that is
     * neither adopted nor public on the portal (there is nothing public for the progress to belong to); for a
     * register without measures; for a day in the future or before the current publication's; and for a
     * correction without its reason (a publication as of the current one's day is a correction). Publications of
     * one plan are made one after another: a second publisher waits until the first has committed and is then
     * judged against it, so two snapshots never interleave and neither is made against a stale current one.
     */
    public long publish(long planId, ProgressRequest request) {
        long councilId = access.councilOfPlan(planId);
        CouncilMember me = access.requireManager(councilId);
        progress.lockPlan(planId);
        Plan plan = plans.plan(planId);
        if (!plan.status().textLocked()
                && publishedPlans.latest(councilId, 500).stream().noneMatch(v -> v.planId() == planId)) {
            throw new InvalidInputException("plan", "implementation.progress.plan-not-public");
        }
        LocalDate asOf = request == null ? null : request.asOf();
        if (asOf == null) {
            throw new InvalidInputException("asOf", "validation.required");
        }
        if (asOf.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("asOf", "implementation.progress.future");
        }
        String reason = request.correctionReason() == null || request.correctionReason().isBlank() ? null
                : TextRules.requiredText("reason", request.correctionReason(), 2000);
        Optional<ProgressPublication> current = progress.ofPlan(planId).stream().findFirst();
        if (current.isEmpty() && reason != null) {
            throw new InvalidInputException("reason", "implementation.progress.nothing-to-correct");
        }
        if (current.isPresent() && asOf.isBefore(current.get().asOf())) {
            throw new InvalidInputException("asOf", "implementation.progress.before-current");
        }
        if (current.isPresent() && asOf.equals(current.get().asOf()) && reason == null) {
            throw new InvalidInputException("reason", "implementation.progress.correction-reason");
        }
        List<Measure> register = ordered(planId, measures.ofPlan(planId, MeasureFilter.ALL, 0, Integer.MAX_VALUE));
        if (register.isEmpty()) {
            throw new InvalidInputException("plan", "implementation.progress.empty");
        }
        int tolerance = agencies.tolerance(councilId);
        Map<Long, String> sectionTitles = new HashMap<>();
        outline.outline(planId, true).forEach(n -> sectionTitles.put(n.sectionId(), n.numberedTitle()));
        List<ProgressMeasure> shown = new ArrayList<>();
        Map<Long, Integer> positions = new HashMap<>();
        Map<Long, List<Goal>> aligned = goals.ofMeasuresOfPlan(planId);
        for (Measure m : register) {
            positions.put(m.id(), shown.size() + 1);
            shown.add(new ProgressMeasure(shown.size() + 1, sectionTitles.getOrDefault(m.sectionId(),
                    m.sectionTitle()), m.title(), m.leadAgencyName(), m.status(), m.statusReason(),
                    aligned.getOrDefault(m.id(), List.of()).stream().map(AlignedGoal::of).toList()));
        }
        List<ProgressKpi> shownKpis = kpis(planId, positions, shown, tolerance);
        Long correctsId = reason == null ? null : current.get().id();
        ProgressPublication publication = new ProgressPublication(0, planId, councilId, plan.title(),
                plan.cycleStart(), plan.cycleEnd(), asOf, tolerance, correctsId, reason, null);
        long id = progress.insert(publication, shown, shownKpis, me.actor().id(), OffsetDateTime.now(clock));
        events.publishEvent(new ImplementationChanged(me.actor().id(), me.actor().username(), councilId,
                reason == null ? "PROGRESS_PUBLISHED" : "PROGRESS_CORRECTED", "PROGRESS_PUBLICATION",
                Long.toString(id), plan.title() + ": progress as of " + asOf + ", " + shown.size() + " measures, "
                        + shownKpis.size() + " KPIs" + (reason == null ? "" : "; corrects publication "
                        + correctsId + ": " + reason)));
        return id;
    }

    /**
     * The plan's KPIs in measure order, each with the current (accepted) value of every reported period, its place
     * in the publication and its place among its measure's KPIs.
     */
    private List<ProgressKpi> kpis(long planId, Map<Long, Integer> positions, List<ProgressMeasure> shown,
                                   int tolerance) {
        List<Kpi> all = kpis.ofPlan(planId).stream()
                .sorted(Comparator.comparingInt((Kpi k) -> positions.get(k.measureId())).thenComparingLong(Kpi::id))
                .toList();
        Map<Long, List<Actual>> current = kpis.currentActuals(all.stream().map(Kpi::id).toList());
        Map<Integer, Integer> placed = new HashMap<>();
        List<ProgressKpi> result = new ArrayList<>();
        for (Kpi k : all) {
            List<Actual> actuals = current.getOrDefault(k.id(), List.of());
            Assessment assessment = StatusRule.assess(k, actuals, tolerance);
            int measure = positions.get(k.measureId());
            int place = placed.merge(measure, 1, Integer::sum);
            result.add(new ProgressKpi(result.size() + 1, measure, place, shown.get(measure - 1).title(),
                    ProgressKpi.published(k), actuals, assessment.status(),
                    ProgressRepository.decimal(assessment.expected())));
        }
        return result;
    }

    /** Measures in the order of the plan's outline, then in the order they were recorded. */
    private List<Measure> ordered(long planId, List<Measure> list) {
        Map<Long, Integer> order = new HashMap<>();
        List<OutlineNode> nodes = outline.outline(planId, true);
        for (int i = 0; i < nodes.size(); i++) {
            order.put(nodes.get(i).sectionId(), i);
        }
        return list.stream().sorted(Comparator.comparingInt((Measure m) -> order.getOrDefault(m.sectionId(),
                Integer.MAX_VALUE)).thenComparingLong(Measure::id)).toList();
    }

    /** The plan's publications for those inside the council, newest first (empty when none). */
    @Transactional(readOnly = true)
    public List<ProgressPublication> history(long planId) {
        access.readPlan(planId);
        return progress.ofPlan(planId);
    }

    /** Whether the signed-in member may publish the plan's progress (the service checks again on publishing). */
    @Transactional(readOnly = true)
    public boolean mayPublish(long planId) {
        return access.readPlan(planId).may(CouncilAction.MANAGE_PLAN);
    }

    /** The plan's current publication, for anyone; not found when the plan has published no progress. */
    @Transactional(readOnly = true)
    public PublishedProgress current(long planId) {
        ProgressPublication newest = progress.ofPlan(planId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Progress"));
        return read(newest);
    }

    /** One publication of the plan, for anyone; an id of another plan is not found, as an unknown one. */
    @Transactional(readOnly = true)
    public PublishedProgress publication(long planId, long publicationId) {
        ProgressPublication p = progress.find(publicationId).filter(x -> x.planId() == planId)
                .orElseThrow(() -> new NotFoundException("Progress"));
        return read(p);
    }

    /** Every publication of the plan, newest first, for anyone; empty when none. */
    @Transactional(readOnly = true)
    public List<ProgressPublication> publications(long planId) {
        return progress.ofPlan(planId);
    }

    /** The current publication of each plan that published progress, of one council (or all when null). */
    @Transactional(readOnly = true)
    public List<ProgressPublication> currentOfPlans(Long councilId) {
        return progress.currentOfPlans(councilId);
    }

    /**
     * The measures frozen with a published plan version (title, lead agency, status then, KPIs with targets), for
     * anyone; an unpublished or unknown version is not found, so ids cannot be probed.
     */
    @Transactional(readOnly = true)
    public List<FrozenMeasure> frozenMeasures(long versionId) {
        if (!publishedPlans.isPublished(versionId)) {
            throw new NotFoundException("Version");
        }
        return snapshots.published(versionId);
    }

    private PublishedProgress read(ProgressPublication p) {
        List<ProgressMeasure> list = progress.measures(p.id());
        return new PublishedProgress(p, list, progress.kpis(p.id(), list));
    }
}
