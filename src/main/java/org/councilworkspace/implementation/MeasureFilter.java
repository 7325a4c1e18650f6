package org.councilworkspace.implementation;

/** Narrows a plan's measures for drill-down; a null part matches everything. */
public record MeasureFilter(MeasureStatus status, Long agencyId, Long sectionId) {

    public static final MeasureFilter ALL = new MeasureFilter(null, null, null);
}
