package org.councilworkspace.plan.text;

import java.util.List;

/** The result of a three-way merge: either one clean text, or both sides plus a text with conflicts marked. */
public sealed interface MergeOutcome permits MergeOutcome.Clean, MergeOutcome.Conflicted {

    /** Both sides' changes combined without overlap. */
    record Clean(String text) implements MergeOutcome {
    }

    /**
     * mine/theirs: each side's full text; markedText: the merge with conflict regions marked (git-style
     * <<<<<<< mine / ======= / >>>>>>> theirs lines, using the words "mine" and "theirs"), for places that show one
     * text; parts: the same merge as clean stretches and conflicts, for a person to resolve conflict by conflict.
     */
    record Conflicted(String mine, String theirs, String markedText, int conflicts, List<MergePart> parts)
            implements MergeOutcome {

        public Conflicted {
            parts = List.copyOf(parts);
        }
    }
}
