package org.councilworkspace.plan;

import java.util.List;

/**
 * How one recorded item (a measure) differs between two versions of a plan: added, removed, or changed, and for a
 * change the detail lines the later version no longer has and the ones it has instead.
 */
public record FrozenItemChange(Kind kind, String title, List<String> removedLines, List<String> addedLines) {

    /** Named like the kinds of section changes, whose labels it shares. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    public FrozenItemChange {
        removedLines = List.copyOf(removedLines);
        addedLines = List.copyOf(addedLines);
    }
}
