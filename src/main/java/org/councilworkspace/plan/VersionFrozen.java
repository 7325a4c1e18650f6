package org.councilworkspace.plan;

import java.util.List;

/**
 * A plan version was frozen, inside the same transaction: features that keep records on the plan's sections (the
 * implementation register's measures) record theirs with the version as they stand now. {@code sectionIds} are the
 * version's sections in outline order.
 */
public record VersionFrozen(long councilId, long planId, long versionId, List<Long> sectionIds) {

    public VersionFrozen {
        sectionIds = List.copyOf(sectionIds);
    }
}
