package org.councilworkspace.implementation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilworkspace.plan.NextCycleStarted;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The register across plan cycles. When the next cycle's plan is started, the unfinished measures (neither done nor
 * dropped) move onto the copies of their sections with their status, agencies, milestones, budget and KPIs, each KPI
 * with every reported version of its actuals. The previous cycle's KPIs are then evaluated for the new plan's
 * drafters by the rule in {@link CycleEvaluation}.
 */
@Component
class CycleCarryOver {

    private static final int PAGE = 500;
    private static final Set<MeasureStatus> FINISHED = Set.of(MeasureStatus.DONE, MeasureStatus.DROPPED);

    private final RegisterAccess access;
    private final MeasureRepository measures;
    private final KpiRepository kpis;
    private final KpiLedger ledger;
    private final AgencyRepository agencies;
    private final PlanService plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CarryOverRepository links;

    CycleCarryOver(RegisterAccess access, MeasureRepository measures, KpiRepository kpis, KpiLedger ledger,
                   AgencyRepository agencies, PlanService plans, ApplicationEventPublisher events, Clock clock,
                   CarryOverRepository links) {
        this.links = links;
        this.access = access;
        this.measures = measures;
        this.kpis = kpis;
        this.ledger = ledger;
        this.agencies = agencies;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /** Runs in the transaction that starts the new plan, as its manager: both succeed or neither does. */
    @EventListener
    void onNextCycle(NextCycleStarted event) {
        CouncilMember me = access.requireManager(event.councilId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        int carried = 0;
        int carriedKpis = 0;
        for (Measure m : all(event.fromPlanId())) {
            Long section = event.sectionCopies().get(m.sectionId());
            if (FINISHED.contains(m.status()) || section == null) {
                continue;
            }
            NewMeasure copy = new NewMeasure(section, m.title(), m.description(), m.leadAgencyId(),
                    measures.coAgencies(m.id()).stream().map(Agency::id).collect(Collectors.toSet()), m.startsOn(),
                    m.endsOn(), measures.milestones(m.id()), measures.budget(m.id()));
            long id = measures.insert(event.toPlanId(), copy, me.actor().id(), now);
            links.insert(id, m.id());
            if (m.status() != MeasureStatus.PLANNED) {
                measures.changeStatus(id, m.status(), m.statusReason(), measures.find(id).orElseThrow().version(),
                        me.actor().id(), now);
            }
            for (Kpi kpi : kpis.ofMeasure(m.id())) {
                long kpiId = kpis.insert(id, new NewKpi(kpi.name(), kpi.unit(), kpi.baselineYear(),
                        kpi.baselineValue(), kpi.direction(), kpi.dataSource(), kpi.frequency(), kpi.targets()), now);
                kpis.copyActuals(kpi.id(), kpiId);
                carriedKpis++;
            }
            carried++;
        }
        events.publishEvent(new ImplementationChanged(me.actor().id(), me.actor().username(), event.councilId(),
                "MEASURES_CARRIED_OVER", "PLAN", Long.toString(event.toPlanId()), carried + " unfinished measures and "
                + carriedKpis + " KPIs with their actuals from plan " + event.fromPlanId()));
    }

    /** The previous cycle's KPIs with their outcomes; empty when the plan continues no earlier one. */
    Optional<CycleEvaluation> evaluation(long planId) {
        CouncilMember me = access.readPlan(planId);
        Plan plan = plans.plan(planId);
        if (plan.previousPlanId() == null) {
            return Optional.empty();
        }
        Plan previous = plans.plan(plan.previousPlanId());
        Map<Long, Measure> earlier = all(previous.id()).stream()
                .collect(Collectors.toMap(Measure::id, Function.identity()));
        Set<String> now = all(planId).stream().map(m -> ImportColumn.normal(m.title())).collect(Collectors.toSet());
        List<KpiOutcome> outcomes = new ArrayList<>();
        for (KpiProgress p : ledger.progress(kpis.ofPlan(previous.id()), agencies.tolerance(me.councilId()))) {
            Measure m = earlier.get(p.kpi().measureId());
            KpiTarget target = CycleEvaluation.judgedTarget(p.kpi(), previous.cycleEnd()).orElse(null);
            Actual actual = target == null ? null : CycleEvaluation.judgedActual(target, p.actuals()).orElse(null);
            outcomes.add(new KpiOutcome(m.title(), m.status(), p.kpi(), target, actual,
                    CycleEvaluation.outcome(p.kpi().direction(), target, actual),
                    now.contains(ImportColumn.normal(m.title()))));
        }
        return Optional.of(new CycleEvaluation(previous.id(), previous.title(), previous.cycle(), outcomes));
    }

    /** The measure it was carried over from and those it was carried into, as far as the reader may read them. */
    MeasureLineage lineage(long measureId) {
        access.measure(measureId);
        return new MeasureLineage(links.originalOf(measureId).map(this::link),
                links.carriedInto(measureId).stream().map(this::link).toList());
    }

    /** The other measure, read with the plan's own check: both plans are the council's, but the check decides. */
    private MeasureLink link(long measureId) {
        Measure m = access.measure(measureId).measure();
        Plan plan = plans.plan(m.planId());
        return new MeasureLink(m.id(), m.title(), plan.id(), plan.title(), plan.cycle());
    }

    private List<Measure> all(long planId) {
        List<Measure> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Measure> page = measures.ofPlan(planId, MeasureFilter.ALL, offset, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }
}
