package org.councilworkspace.implementation;

/** How a KPI ended a plan cycle against its target (see {@link CycleEvaluation#outcome}). */
public enum TargetOutcome {
    MET, MISSED, NO_DATA
}
