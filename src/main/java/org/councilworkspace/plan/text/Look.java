package org.councilworkspace.plan.text;

import java.util.Objects;

/**
 * One way the look of unchanged words changed between two texts: made bold, turned into a list item, a heading
 * level changed. {@code from} and {@code to} are the levels for the kinds that have them, else 0.
 */
public record Look(Kind kind, int from, int to) {

    public enum Kind {
        HEADING_ADDED, HEADING_REMOVED, HEADING_LEVEL, LIST_ITEM_ADDED, LIST_ITEM_REMOVED, LIST_NUMBERED,
        LIST_BULLETED, LIST_LEVEL, QUOTE_ADDED, QUOTE_REMOVED, BOLD_ADDED, BOLD_REMOVED, ITALIC_ADDED,
        ITALIC_REMOVED, CODE_ADDED, CODE_REMOVED, LINK_ADDED, LINK_REMOVED, LINK_CHANGED;

        /** The bundle key of its words, e.g. {@code diff.look.bold-added}. */
        public String key() {
            return "diff.look." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public Look {
        Objects.requireNonNull(kind, "kind");
    }

    static Look of(Kind kind) {
        return new Look(kind, 0, 0);
    }
}
