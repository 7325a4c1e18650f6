package org.councilworkspace.plan;

import java.util.List;
import org.councilworkspace.plan.text.MergePart;

/** What became of a save: a revision, a merged revision, nothing to save, or a conflict to resolve. */
public sealed interface SaveOutcome {

    /** Saved on top of the newest text. */
    record Saved(Revision revision) implements SaveOutcome {
    }

    /** Others had saved since the author's base; their changes and the author's were merged. */
    record Merged(Revision revision, Revision theirs) implements SaveOutcome {
    }

    /** The text is the same as the newest revision: no revision is made. */
    record Unchanged(Revision current) implements SaveOutcome {
    }

    /**
     * Others changed the same passages: nothing was saved. {@code theirs} is now the newest revision;
     * {@code marked} holds the merge with the disputed passages marked; {@code parts} the same merge as what merged
     * cleanly and each conflict with both wordings, for the author to resolve one by one.
     */
    record Conflict(Revision theirs, String mine, String marked, int conflicts, List<MergePart> parts)
            implements SaveOutcome {
    }
}
