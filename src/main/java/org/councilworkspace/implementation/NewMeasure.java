package org.councilworkspace.implementation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a maintainer enters for a measure, new or changed. */
public record NewMeasure(Long sectionId, String title, String description, Long leadAgencyId, Set<Long> coAgencyIds,
                         LocalDate startsOn, LocalDate endsOn, List<Milestone> milestones, List<BudgetLine> budget) {

    public NewMeasure {
        coAgencyIds = coAgencyIds == null ? Set.of() : Set.copyOf(coAgencyIds);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        budget = budget == null ? List.of() : List.copyOf(budget);
    }
}
