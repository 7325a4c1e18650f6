package org.councilworkspace.implementation;

/** A KPI's computed standing against the linear path from its baseline to its targets (see {@link StatusRule}). */
public enum KpiStatus {
    ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA
}
