package org.councilworkspace.implementation;

import java.util.List;

/**
 * A measure as it stood when progress was published: where it sits in the plan, who leads it, its status, and the
 * goals it was aligned with.
 */
public record ProgressMeasure(int position, String sectionTitle, String title, String leadAgency,
                              MeasureStatus status, String statusReason, List<AlignedGoal> goals) {
}
