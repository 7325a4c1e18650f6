package org.councilworkspace.implementation;

/** A KPI of a plan with the measure it belongs to, for the plan's dashboard. */
public record PlanKpi(long measureId, String measureTitle, KpiProgress progress) {
}
