package org.councilworkspace.implementation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilworkspace.meeting.FollowUp;
import org.councilworkspace.meeting.FollowUpKind;
import org.councilworkspace.meeting.FollowUpSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The register's follow-ups for a council's series meetings: measures that became delayed since the previous
 * meeting, KPIs that are off track now and were not when that meeting started (by the actuals reported up to then),
 * and agency reports past their deadline. Called by the meetings feature after its own permission check.
 */
@Component
@Order(10)
class RegisterFollowUps implements FollowUpSource {

    private final FollowUpRepository followUps;
    private final KpiRepository kpis;
    private final AgencyRepository agencies;

    RegisterFollowUps(FollowUpRepository followUps, KpiRepository kpis, AgencyRepository agencies) {
        this.followUps = followUps;
        this.kpis = kpis;
        this.agencies = agencies;
    }

    @Override
    public List<FollowUp> followUps(long councilId, OffsetDateTime since, LocalDate today) {
        List<FollowUp> out = new ArrayList<>(followUps.delayedMeasures(councilId, since));
        int tolerance = agencies.tolerance(councilId);
        for (long planId : followUps.plansOfCouncil(councilId)) {
            List<Kpi> list = kpis.ofPlan(planId);
            Map<Long, List<Actual>> current = kpis.currentActuals(list.stream().map(Kpi::id).toList());
            Map<Long, String> titles = kpis.measureTitles(list.stream().map(Kpi::measureId).toList());
            for (Kpi kpi : list) {
                if (StatusRule.assess(kpi, current.getOrDefault(kpi.id(), List.of()), tolerance).status()
                        == KpiStatus.OFF_TRACK && (since == null || !offTrackAt(kpi, since, tolerance))) {
                    out.add(new FollowUp(FollowUpKind.KPI, kpi.id(), kpi.name() + " · " + titles.get(kpi.measureId()),
                            null));
                }
            }
        }
        out.addAll(followUps.overdueReports(councilId, today));
        return out;
    }

    /** The KPI's status from what had been reported by then: for each period its newest version at that time. */
    private boolean offTrackAt(Kpi kpi, OffsetDateTime at, int tolerance) {
        Collection<Actual> then = kpis.history(kpi.id()).stream().filter(a -> !a.reportedAt().isAfter(at))
                .collect(Collectors.toMap(a -> a.year() * 10 + a.periodNo(), a -> a,
                        (a, b) -> a.versionNo() >= b.versionNo() ? a : b))
                .values();
        List<Actual> ordered = then.stream().sorted(Comparator.comparingInt(Actual::year)
                .thenComparingInt(Actual::periodNo)).toList();
        return StatusRule.assess(kpi, ordered, tolerance).status() == KpiStatus.OFF_TRACK;
    }
}
