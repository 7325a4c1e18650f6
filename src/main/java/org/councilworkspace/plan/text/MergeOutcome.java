package org.councilworkspace.plan.text;

/** The result of a three-way merge: either one clean text, or both sides plus a text with conflicts marked. */
public sealed interface MergeOutcome permits MergeOutcome.Clean, MergeOutcome.Conflicted {

    /** Both sides' changes combined without overlap. */
    record Clean(String text) implements MergeOutcome {
    }

    /** mine/theirs: each side's full text; markedText: the merge with conflict regions marked for a person to resolve (git-style <<<<<<< mine / ======= / >>>>>>> theirs lines, using the words "mine" and "theirs"). */
    record Conflicted(String mine, String theirs, String markedText, int conflicts) implements MergeOutcome {
    }
}
