package org.councilworkspace.implementation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.implementation.RegisterAccess.MeasureContext;
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
 * The implementation register of a council's plans: agencies, measures on the plan's sections, their KPIs and
 * reported actuals, and the plan's dashboard. Who may do what is decided here (see {@link RegisterAccess}).
 */
@Service
@Transactional
public class ImplementationService {

    private final AgencyRepository agencies;
    private final MeasureRepository measures;
    private final KpiLedger ledger;
    private final RegisterAccess access;
    private final AccessGuard guard;
    private final PlanService planService;
    private final OutlineService outline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImplementationService(AgencyRepository agencies, MeasureRepository measures, KpiLedger ledger,
                          RegisterAccess access, AccessGuard guard, PlanService planService,
                          OutlineService outline, ApplicationEventPublisher events, Clock clock) {
        this.planService = planService;
        this.outline = outline;
        this.agencies = agencies;
        this.measures = measures;
        this.ledger = ledger;
        this.access = access;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Agency> agencies(long councilId) {
        guard.require(councilId, CouncilAction.READ);
        return agencies.ofCouncil(councilId);
    }

    /** The affiliations the council's current members give, so an agency can be linked to its people. */
    @Transactional(readOnly = true)
    public List<String> memberAffiliations(long councilId) {
        access.requireManager(councilId);
        return agencies.memberAffiliations(councilId);
    }

    public long addAgency(long councilId, String name, String affiliation) {
        CouncilMember me = access.requireManager(councilId);
        String agencyName = TextRules.requiredLine("name", name, 200);
        String linked = affiliation == null || affiliation.isBlank() ? agencyName
                : TextRules.requiredLine("affiliation", affiliation, 200);
        if (agencies.nameTaken(councilId, agencyName, -1)) {
            throw new InvalidInputException("name", "implementation.agency-exists");
        }
        long id = agencies.insert(councilId, agencyName, linked, OffsetDateTime.now(clock));
        publish(me, councilId, "AGENCY_ADDED", "AGENCY", id, agencyName + " (members of " + linked + ")");
        return id;
    }

    @Transactional(readOnly = true)
    public int tolerance(long councilId) {
        guard.require(councilId, CouncilAction.READ);
        return agencies.tolerance(councilId);
    }

    public void setTolerance(long councilId, Integer percent) {
        CouncilMember me = access.requireManager(councilId);
        if (percent == null || percent < 0 || percent > 100) {
            throw new InvalidInputException("tolerance", "validation.range", 0, 100);
        }
        agencies.setTolerance(councilId, percent);
        publish(me, councilId, "KPI_TOLERANCE_CHANGED", "COUNCIL", councilId, percent + "%");
    }

    public long createMeasure(long planId, NewMeasure input) {
        long councilId = access.readPlan(planId).councilId();
        CouncilMember me = access.requireMaintainer(councilId, requiredSection(input));
        NewMeasure measure = validate(councilId, planId, input);
        long id = measures.insert(planId, measure, me.actor().id(), OffsetDateTime.now(clock));
        publish(me, councilId, "MEASURE_CREATED", "MEASURE", id, measure.title() + " on section "
                + measure.sectionId());
        return id;
    }

    /** Moving a measure to another section needs the right to maintain measures on both. */
    public void updateMeasure(long measureId, NewMeasure input, int expectedVersion) {
        MeasureContext context = access.measure(measureId);
        CouncilMember me = access.requireMaintainer(context.councilId(), context.measure().sectionId());
        access.requireMaintainer(context.councilId(), requiredSection(input));
        NewMeasure measure = validate(context.councilId(), context.measure().planId(), input);
        if (!measures.update(measureId, measure, expectedVersion)) {
            throw new ConcurrentChangeException("Measure");
        }
        publish(me, context.councilId(), "MEASURE_CHANGED", "MEASURE", measureId, measure.title());
    }

    /** Every status change is kept on the measure's record; a delay or drop must say why. */
    public void changeStatus(long measureId, MeasureStatus status, String reason, int expectedVersion) {
        MeasureContext context = access.measure(measureId);
        CouncilMember me = access.requireMaintainer(context.councilId(), context.measure().sectionId());
        String why = RegisterRules.statusReason(status, reason);
        if (status == context.measure().status()) {
            throw new InvalidInputException("status", "implementation.status-unchanged");
        }
        if (!measures.changeStatus(measureId, status, why, expectedVersion, me.actor().id(),
                OffsetDateTime.now(clock))) {
            throw new ConcurrentChangeException("Measure");
        }
        publish(me, context.councilId(), "MEASURE_STATUS_CHANGED", "MEASURE", measureId,
                context.measure().status() + " → " + status + (why == null ? "" : ": " + why));
    }

    @Transactional(readOnly = true)
    public List<Measure> measures(long planId, MeasureFilter filter, int offset, int limit) {
        access.readPlan(planId);
        return measures.ofPlan(planId, filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countMeasures(long planId, MeasureFilter filter) {
        access.readPlan(planId);
        return measures.countOfPlan(planId, filter);
    }

    @Transactional(readOnly = true)
    public MeasureDetail measure(long measureId) {
        Measure measure = access.measure(measureId).measure();
        return new MeasureDetail(measure, measures.coAgencies(measureId), measures.milestones(measureId),
                measures.budget(measureId), measures.history(measureId));
    }

    @Transactional(readOnly = true)
    public RegisterRights rights(long planId) {
        CouncilMember me = access.readPlan(planId);
        return new RegisterRights(me.may(CouncilAction.MANAGE_PLAN), me.may(CouncilAction.EDIT_SECTION));
    }

    @Transactional(readOnly = true)
    public boolean mayMaintain(long measureId) {
        MeasureContext context = access.measure(measureId);
        return access.maintains(context.member(), context.measure().sectionId());
    }

    @Transactional(readOnly = true)
    public boolean mayMaintainSection(long planId, long sectionId) {
        return access.maintains(access.readPlan(planId), sectionId);
    }

    @Transactional(readOnly = true)
    public boolean mayReport(long measureId) {
        MeasureContext context = access.measure(measureId);
        return access.reports(context.member(), context.measure().leadAgencyId());
    }

    public long addKpi(long measureId, NewKpi kpi) {
        return ledger.addKpi(measureId, kpi);
    }

    /** The lead agency's reporter reports a period once; a changed value is a correction. */
    public long reportActual(long kpiId, NewActual actual) {
        return ledger.report(kpiId, actual);
    }

    public long correctActual(long kpiId, NewActual actual, String reason) {
        return ledger.correct(kpiId, actual, reason);
    }

    @Transactional(readOnly = true)
    public List<KpiProgress> kpis(long measureId) {
        return ledger.progress(measureId);
    }

    @Transactional(readOnly = true)
    public List<Actual> actualHistory(long kpiId) {
        return ledger.history(kpiId);
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(long planId) {
        long councilId = access.readPlan(planId).councilId();
        int tolerance = agencies.tolerance(councilId);
        return new Dashboard(measures.countsByStatus(planId), measures.countsByAgency(planId),
                ledger.countByStatus(planId, tolerance), tolerance);
    }

    /** One page of the plan's KPIs with their computed status, for the dashboard. */
    @Transactional(readOnly = true)
    public List<PlanKpi> planKpis(long planId, int offset, int limit) {
        long councilId = access.readPlan(planId).councilId();
        return ledger.ofPlan(planId, agencies.tolerance(councilId), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countPlanKpis(long planId) {
        access.readPlan(planId);
        return ledger.countOfPlan(planId);
    }

    /** The council's plans, whose registers the member may open. */
    @Transactional(readOnly = true)
    public List<Plan> plans(long councilId) {
        return planService.plans(councilId);
    }

    @Transactional(readOnly = true)
    public Plan plan(long planId) {
        return planService.plan(planId);
    }

    /** The plan's outline, numbered, for choosing and labelling the section a measure sits on. */
    @Transactional(readOnly = true)
    public List<OutlineNode> sections(long planId) {
        return outline.outline(planId, false);
    }

    /** The sections the signed-in member may put measures on: all for the plan's managers, else those they lead. */
    @Transactional(readOnly = true)
    public List<OutlineNode> maintainableSections(long planId) {
        CouncilMember me = access.readPlan(planId);
        boolean manages = me.may(CouncilAction.MANAGE_PLAN);
        boolean drafts = me.may(CouncilAction.EDIT_SECTION);
        return outline.outline(planId, false).stream().filter(n -> manages
                || drafts && n.leads().stream().anyMatch(l -> l.userId() == me.actor().id())).toList();
    }

    private static long requiredSection(NewMeasure input) {
        if (input == null || input.sectionId() == null) {
            throw new InvalidInputException("section", "validation.required");
        }
        return input.sectionId();
    }

    private NewMeasure validate(long councilId, long planId, NewMeasure input) {
        Set<Long> ids = agencies.ofCouncil(councilId).stream().map(Agency::id).collect(Collectors.toSet());
        NewMeasure measure = RegisterRules.measure(input, ids);
        long sectionPlan = measures.planOfSection(measure.sectionId())
                .orElseThrow(() -> new InvalidInputException("section", "implementation.section-other-plan"));
        if (sectionPlan != planId) {
            throw new InvalidInputException("section", "implementation.section-other-plan");
        }
        return measure;
    }

    private void publish(CouncilMember me, long councilId, String action, String type, long id, String summary) {
        events.publishEvent(new ImplementationChanged(me.actor().id(), me.actor().username(), councilId, action,
                type, Long.toString(id), summary));
    }
}
