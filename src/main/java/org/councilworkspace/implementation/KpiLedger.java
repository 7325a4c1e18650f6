package org.councilworkspace.implementation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.implementation.RegisterAccess.KpiContext;
import org.councilworkspace.implementation.RegisterAccess.MeasureContext;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * KPIs and their actuals. A period is reported once; every later change is a correction: a new version that names
 * the version it replaces and why, so the history of what was reported stays readable.
 */
@Component
class KpiLedger {

    private final KpiRepository kpis;
    private final AgencyRepository agencies;
    private final RegisterAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KpiLedger(KpiRepository kpis, AgencyRepository agencies, RegisterAccess access, ApplicationEventPublisher events,
              Clock clock) {
        this.kpis = kpis;
        this.agencies = agencies;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    long addKpi(long measureId, NewKpi input) {
        MeasureContext context = access.measure(measureId);
        CouncilMember me = access.requireMaintainer(context.councilId(), context.measure().sectionId());
        NewKpi kpi = RegisterRules.kpi(input);
        long id = kpis.insert(measureId, kpi, OffsetDateTime.now(clock));
        publish(me, context.councilId(), "KPI_ADDED", id, kpi.name() + " (" + kpi.unit() + ") on measure "
                + measureId + ", baseline " + kpi.baselineValue().toPlainString() + " in " + kpi.baselineYear());
        return id;
    }

    long report(long kpiId, NewActual input) {
        KpiContext context = access.kpi(kpiId);
        CouncilMember me = access.requireReporter(context.measure());
        NewActual actual = RegisterRules.actual(context.kpi(), input, LocalDate.now(clock));
        if (kpis.currentActual(kpiId, actual.year(), actual.periodNo()).isPresent()) {
            throw new InvalidInputException("period", "implementation.period-reported");
        }
        long id = insert(kpiId, actual, 1, null, null, me);
        publish(me, context.measure().councilId(), "ACTUAL_REPORTED", id, describe(context.kpi(), actual));
        return id;
    }

    long correct(long kpiId, NewActual input, String reason) {
        KpiContext context = access.kpi(kpiId);
        CouncilMember me = access.requireReporter(context.measure());
        NewActual actual = RegisterRules.actual(context.kpi(), input, LocalDate.now(clock));
        String why = TextRules.requiredText("reason", reason, 2000);
        Actual current = kpis.currentActual(kpiId, actual.year(), actual.periodNo())
                .orElseThrow(() -> new InvalidInputException("period", "implementation.nothing-to-correct"));
        long id = insert(kpiId, actual, current.versionNo() + 1, current.id(), why, me);
        publish(me, context.measure().councilId(), "ACTUAL_CORRECTED", id, describe(context.kpi(), actual)
                + " (was " + current.value().toPlainString() + "): " + why);
        return id;
    }

    /**
     * An accepted report's value becomes the period's actual, credited to the reporter who submitted it; a period
     * already reported gets it as a correction that names the round, so nothing earlier is overwritten.
     */
    void fromAcceptedReport(Kpi kpi, NewActual input, long reporterId, String round, CouncilMember accepter,
                            long councilId) {
        NewActual actual = RegisterRules.actual(kpi, input, LocalDate.now(clock));
        var current = kpis.currentActual(kpi.id(), actual.year(), actual.periodNo());
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = kpis.insertActual(kpi.id(), actual, current.map(a -> a.versionNo() + 1).orElse(1),
                current.map(Actual::id).orElse(null), current.map(a -> "Accepted in reporting round " + round)
                        .orElse(null), reporterId, now);
        publish(accepter, councilId, current.isPresent() ? "ACTUAL_CORRECTED" : "ACTUAL_REPORTED", id,
                describe(kpi, actual) + " (accepted in reporting round " + round + ")");
    }

    private long insert(long kpiId, NewActual actual, int versionNo, Long replaces, String reason, CouncilMember me) {
        try {
            return kpis.insertActual(kpiId, actual, versionNo, replaces, reason, me.actor().id(),
                    OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            // Someone reported or corrected the same period at the same moment: theirs stands, this one is refused.
            throw new InvalidInputException("period", "implementation.period-reported");
        }
    }

    List<KpiProgress> progress(long measureId) {
        MeasureContext context = access.measure(measureId);
        return progress(kpis.ofMeasure(measureId), agencies.tolerance(context.councilId()));
    }

    List<KpiProgress> progress(List<Kpi> list, int tolerance) {
        Map<Long, List<Actual>> current = kpis.currentActuals(list.stream().map(Kpi::id).toList());
        return list.stream().map(k -> {
            List<Actual> actuals = current.getOrDefault(k.id(), List.of());
            return new KpiProgress(k, actuals, StatusRule.assess(k, actuals, tolerance));
        }).toList();
    }

    List<PlanKpi> ofPlan(long planId, int tolerance, int offset, int limit) {
        List<KpiProgress> page = progress(kpis.ofPlan(planId, offset, limit), tolerance);
        Map<Long, String> titles = kpis.measureTitles(page.stream().map(p -> p.kpi().measureId()).toList());
        return page.stream().map(p -> new PlanKpi(p.kpi().measureId(), titles.get(p.kpi().measureId()), p)).toList();
    }

    int countOfPlan(long planId) {
        return kpis.countOfPlan(planId);
    }

    Map<KpiStatus, Integer> countByStatus(long planId, int tolerance) {
        Map<KpiStatus, Integer> counts = new EnumMap<>(KpiStatus.class);
        for (KpiStatus s : KpiStatus.values()) {
            counts.put(s, 0);
        }
        // A status is computed from the latest period alone, so only that value of each KPI is read.
        Map<Long, Actual> latest = kpis.latestActualsOfPlan(planId);
        for (Kpi k : kpis.ofPlan(planId)) {
            Actual a = latest.get(k.id());
            counts.merge(StatusRule.assess(k, a == null ? List.of() : List.of(a), tolerance).status(), 1,
                    Integer::sum);
        }
        return counts;
    }

    List<Actual> history(long kpiId) {
        access.kpi(kpiId);
        return kpis.history(kpiId);
    }

    Kpi kpi(long kpiId) {
        return access.kpi(kpiId).kpi();
    }

    private static String describe(Kpi kpi, NewActual actual) {
        return kpi.name() + " " + actual.year() + "/" + actual.periodNo() + " = " + actual.value().toPlainString()
                + " " + kpi.unit();
    }

    private void publish(CouncilMember me, long councilId, String action, long id, String summary) {
        events.publishEvent(new ImplementationChanged(me.actor().id(), me.actor().username(), councilId, action,
                action.startsWith("KPI") ? "KPI" : "KPI_ACTUAL", Long.toString(id), summary));
    }
}
