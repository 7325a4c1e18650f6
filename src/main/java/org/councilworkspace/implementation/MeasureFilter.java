package org.councilworkspace.implementation;

/**
 * Narrows a plan's measures for drill-down; a null part matches everything. A goal matches the measures aligned with
 * it or with one of its targets.
 */
public record MeasureFilter(MeasureStatus status, Long agencyId, Long sectionId, Long goalId) {

    public static final MeasureFilter ALL = new MeasureFilter(null, null, null, null);

    public MeasureFilter(MeasureStatus status, Long agencyId, Long sectionId) {
        this(status, agencyId, sectionId, null);
    }
}
