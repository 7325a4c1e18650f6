package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;

/**
 * Moves a pure insertion or deletion of lines up or down to an equivalent place where it no longer touches the
 * other side's edits. Deleting a paragraph and its blank line can be described as "blank line + paragraph" or
 * "paragraph + blank line"; which one the diff picks decides whether it collides with a colleague's edit of the
 * paragraph above or below. The text each description produces is the same, so the choice is free.
 */
final class EditSlider {

    private EditSlider() {
    }

    /** The edits from base to side, each moved (where it can be) clear of every edit in others. */
    static EditList avoid(EditList edits, IdSequence base, IdSequence side, EditList others) {
        EditList result = new EditList();
        for (int i = 0; i < edits.size(); i++) {
            Edit edit = edits.get(i);
            if (touchesAny(edit, others)) {
                int floor = i == 0 ? 0 : result.get(i - 1).getEndA() + 1;
                int ceiling = i + 1 < edits.size() ? edits.get(i + 1).getBeginA() - 1 : base.size();
                edit = clearPlace(edit, base, side, others, floor, ceiling);
            }
            result.add(edit);
        }
        return result;
    }

    private static Edit clearPlace(Edit edit, IdSequence base, IdSequence side, EditList others, int floor,
                                   int ceiling) {
        List<Edit> candidates = new ArrayList<>();
        for (Edit up = slideUp(edit, base, side, floor); up != null; up = slideUp(up, base, side, floor)) {
            candidates.add(up);
        }
        for (Edit down = slideDown(edit, base, side, ceiling); down != null; down = slideDown(down, base, side, ceiling)) {
            candidates.add(down);
        }
        // Nearest first, so the edit stays as close as possible to where the diff put it.
        candidates.sort((x, y) -> Integer.compare(Math.abs(x.getBeginA() - edit.getBeginA()),
                Math.abs(y.getBeginA() - edit.getBeginA())));
        return candidates.stream().filter(c -> !touchesAny(c, others)).findFirst().orElse(edit);
    }

    /** One line earlier, if the line before the edit equals its last line and a common line stays above it. */
    private static Edit slideUp(Edit e, IdSequence base, IdSequence side, int floor) {
        if (e.getBeginA() - 1 < floor || e.getBeginB() == 0) {
            return null;
        }
        boolean same = isDeletion(e) ? base.id(e.getBeginA() - 1) == base.id(e.getEndA() - 1)
                : isInsertion(e) && side.id(e.getBeginB() - 1) == side.id(e.getEndB() - 1);
        return same ? new Edit(e.getBeginA() - 1, e.getEndA() - 1, e.getBeginB() - 1, e.getEndB() - 1) : null;
    }

    /** One line later, if the line after the edit equals its first line and a common line stays below it. */
    private static Edit slideDown(Edit e, IdSequence base, IdSequence side, int ceiling) {
        if (e.getEndA() + 1 > ceiling || e.getEndB() >= side.size() || e.getEndA() >= base.size()) {
            return null;
        }
        boolean same = isDeletion(e) ? base.id(e.getBeginA()) == base.id(e.getEndA())
                : isInsertion(e) && side.id(e.getBeginB()) == side.id(e.getEndB());
        return same ? new Edit(e.getBeginA() + 1, e.getEndA() + 1, e.getBeginB() + 1, e.getEndB() + 1) : null;
    }

    private static boolean isDeletion(Edit e) {
        return e.getLengthB() == 0 && e.getLengthA() > 0;
    }

    private static boolean isInsertion(Edit e) {
        return e.getLengthA() == 0 && e.getLengthB() > 0;
    }

    /** JGit's MergeAlgorithm treats edits as overlapping unless one ends strictly before the other begins. */
    private static boolean touchesAny(Edit edit, EditList others) {
        for (Edit other : others) {
            if (!(edit.getEndA() < other.getBeginA() || other.getEndA() < edit.getBeginA())) {
                return true;
            }
        }
        return false;
    }
}
