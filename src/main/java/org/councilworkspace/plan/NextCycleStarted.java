package org.councilworkspace.plan;

import java.util.Map;

/**
 * The next cycle's plan was started from an earlier one, inside the same transaction: features that hang records on
 * sections (the implementation register) carry theirs over. {@code sectionCopies} maps each section of the earlier
 * plan to its copy in the new one.
 */
public record NextCycleStarted(long councilId, long fromPlanId, long toPlanId, Map<Long, Long> sectionCopies) {

    public NextCycleStarted {
        sectionCopies = Map.copyOf(sectionCopies);
    }
}
