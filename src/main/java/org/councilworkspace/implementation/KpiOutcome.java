package org.councilworkspace.implementation;

/**
 * One KPI of the previous cycle as the evaluation shows it: its measure and where that ended, the target it was judged
 * by and the actual it was judged on (either null when there was none), the outcome, and whether the measure was
 * carried over into the new plan.
 */
public record KpiOutcome(String measureTitle, MeasureStatus measureStatus, Kpi kpi, KpiTarget target, Actual actual,
                         TargetOutcome outcome, boolean carriedOver) {
}
