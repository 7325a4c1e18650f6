package org.councilworkspace.implementation;

import java.util.List;
import java.util.Map;

/** A plan's implementation at a glance: measures by status and by agency, KPIs by computed status. */
public record Dashboard(Map<MeasureStatus, Integer> measuresByStatus, List<AgencyCount> measuresByAgency,
                        Map<KpiStatus, Integer> kpisByStatus, int tolerancePercent) {

    public int measureCount() {
        return measuresByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }
}
