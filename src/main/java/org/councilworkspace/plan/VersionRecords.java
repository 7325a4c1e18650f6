package org.councilworkspace.plan;

import java.util.List;

/**
 * The items one feature recorded with a version, with the heading the version's page and exports give them and the
 * heading of their comparison between two versions.
 */
public record VersionRecords(String heading, String changesHeading, List<FrozenItem> items) {

    public VersionRecords {
        items = List.copyOf(items);
    }

    /** The items recorded for one section, in their order. */
    public List<FrozenItem> ofSection(long sectionId) {
        return items.stream().filter(i -> i.sectionId() == sectionId).toList();
    }
}
