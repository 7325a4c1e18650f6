package org.councilworkspace.implementation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A KPI as published: baseline and targets ({@code kpi}, whose id is its place in the publication), the accepted
 * value of each reported period, and the status computed at publication with the value the path expected then.
 *
 * @param expected null when the status is no data
 */
public record ProgressKpi(String measureTitle, Kpi kpi, List<Actual> actuals, KpiStatus status,
                          BigDecimal expected) {

    /** The latest period's value, the one the status compares with the path; null when nothing is reported. */
    public Actual latest() {
        return actuals.isEmpty() ? null : actuals.get(actuals.size() - 1);
    }
}
