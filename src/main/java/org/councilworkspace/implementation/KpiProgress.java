package org.councilworkspace.implementation;

import java.util.List;

/** A KPI with the current value of each reported period and its computed status. */
public record KpiProgress(Kpi kpi, List<Actual> actuals, Assessment assessment) {
}
