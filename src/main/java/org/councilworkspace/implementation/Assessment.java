package org.councilworkspace.implementation;

/**
 * A KPI's computed status and what it was computed from: the latest reported value, the value the linear path
 * expected at the end of that period, and the council's tolerance (percent of the planned change).
 *
 * @param latest null when nothing is reported yet
 * @param expected null when there is no actual or no target to compare with
 */
public record Assessment(KpiStatus status, Actual latest, Double expected, int tolerancePercent) {
}
