package org.councilworkspace.plan;

import java.util.List;
import org.councilworkspace.plan.text.DiffSegment;

/** How one section differs between two plan versions; the diff is empty unless the text changed. */
public record SectionChange(long sectionId, Kind kind, VersionSection before, VersionSection after,
                            List<DiffSegment> diff, int wordsChanged) {

    public enum Kind { ADDED, REMOVED, MOVED, RENAMED, CHANGED, UNCHANGED }

    /** A moved or renamed section whose text also changed is reported as changed, with the move shown too. */
    public boolean moved() {
        return before != null && after != null && !before.number().equals(after.number());
    }

    public boolean renamed() {
        return before != null && after != null && !before.title().equals(after.title());
    }
}
