package org.councilworkspace.consultation;

import java.util.List;
import java.util.Map;
import org.councilworkspace.council.OrganizationType;

/** Counts of a round's visible submissions by organization type, by section and by disposition (null: unanswered). */
public record RoundStatistics(Map<OrganizationType, Integer> byType, List<SectionCount> bySection,
                              Map<Disposition, Integer> byDisposition, int unanswered) {

    /** A null section id counts comments on the plan as a whole. */
    public record SectionCount(Long sectionId, String title, int count) {
    }
}
