package org.councilworkspace.implementation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A KPI as published: its place in the publication ({@code position}, what its targets and actuals are stored by),
 * the place of its measure and its own place among that measure's KPIs (1, 2, …), its baseline and targets
 * ({@code kpi}, which carries no register id: a publication refers to nothing that can change), the accepted value of
 * each reported period, and the status computed at publication with the value the path expected then.
 *
 * @param expected null when the status is no data
 */
public record ProgressKpi(int position, int measurePosition, int placeInMeasure, String measureTitle, Kpi kpi,
                          List<Actual> actuals, KpiStatus status, BigDecimal expected) {

    /** The latest period's value, the one the status compares with the path; null when nothing is reported. */
    public Actual latest() {
        return actuals.isEmpty() ? null : actuals.get(actuals.size() - 1);
    }

    /** A register KPI as a publication keeps it: its name, baseline and targets, without its ids or version. */
    static Kpi published(Kpi k) {
        return new Kpi(0, 0, k.name(), k.unit(), k.baselineYear(), k.baselineValue(), k.direction(), k.dataSource(),
                k.frequency(), k.targets(), 0);
    }
}
