package org.councilworkspace.implementation;

/** A measure as it stood when progress was published: where it sits in the plan, who leads it, its status. */
public record ProgressMeasure(int position, String sectionTitle, String title, String leadAgency,
                              MeasureStatus status, String statusReason) {
}
