package org.councilworkspace.plan;

import java.util.List;

/** A plan version with its frozen sections, for reading, comparing and exporting. */
public record FrozenVersion(Plan plan, PlanVersionInfo info, List<VersionSection> sections) {
}
