package org.councilworkspace.implementation;

import java.util.List;

/** A measure with everything its page shows except the KPIs. */
public record MeasureDetail(Measure measure, List<Agency> coAgencies, List<Milestone> milestones,
                            List<BudgetLine> budget, List<StatusChange> history) {
}
