package org.councilworkspace.plan.text;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * Hands JGit's MergeAlgorithm edit lists we computed (and slid) ourselves. MergeAlgorithm only asks its diff
 * algorithm for base-to-mine and base-to-theirs, so answering by the identity of the second sequence is enough.
 */
final class PrecomputedDiff extends DiffAlgorithm {

    private final Sequence mine;
    private final EditList mineEdits;
    private final Sequence theirs;
    private final EditList theirsEdits;

    PrecomputedDiff(Sequence mine, EditList mineEdits, Sequence theirs, EditList theirsEdits) {
        this.mine = mine;
        this.mineEdits = mineEdits;
        this.theirs = theirs;
        this.theirsEdits = theirsEdits;
    }

    @Override
    public <S extends Sequence> EditList diff(SequenceComparator<? super S> cmp, S a, S b) {
        if (b == mine) {
            return copy(mineEdits);
        }
        if (b == theirs) {
            return copy(theirsEdits);
        }
        throw new IllegalArgumentException("Only the two sides given at construction can be diffed");
    }

    @Override
    public <S extends Sequence> EditList diffNonCommon(SequenceComparator<? super S> cmp, S a, S b) {
        throw new UnsupportedOperationException("Edits are precomputed");
    }

    private static EditList copy(EditList edits) {
        EditList copy = new EditList(edits.size());
        edits.forEach(e -> copy.add(new Edit(e.getBeginA(), e.getEndA(), e.getBeginB(), e.getEndB())));
        return copy;
    }
}
