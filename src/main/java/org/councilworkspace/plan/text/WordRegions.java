package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;

/**
 * Diffs one changed region token by token. Words are matched first and only then the spaces and punctuation
 * between them: a lone space or comma is a poor anchor, and matching one can tear apart words that did not change.
 */
final class WordRegions {

    private WordRegions() {
    }

    static void diff(List<String> oldTokens, List<String> newTokens, SegmentBuilder out) {
        List<Integer> oldWords = wordPositions(oldTokens);
        List<Integer> newWords = wordPositions(newTokens);
        IdSequence.Interner ids = new IdSequence.Interner();
        EditList edits = IdSequence.HISTOGRAM.diff(IdSequence.COMPARATOR,
                ids.intern(oldWords.stream().map(oldTokens::get).toList()),
                ids.intern(newWords.stream().map(newTokens::get).toList()));
        int oldDone = 0;
        int newDone = 0;
        int wa = 0;
        int wb = 0;
        for (Edit edit : withEnd(edits, oldWords.size(), newWords.size())) {
            // Words before this edit are matched pairs; everything between two matched words is a small gap.
            for (; wa < edit.getBeginA(); wa++, wb++) {
                int oldAt = oldWords.get(wa);
                int newAt = newWords.get(wb);
                diffGap(oldTokens.subList(oldDone, oldAt), newTokens.subList(newDone, newAt), out);
                out.equal(oldTokens.get(oldAt));
                oldDone = oldAt + 1;
                newDone = newAt + 1;
            }
            wa = edit.getEndA();
            wb = edit.getEndB();
        }
        diffGap(oldTokens.subList(oldDone, oldTokens.size()), newTokens.subList(newDone, newTokens.size()), out);
    }

    private static void diffGap(List<String> oldTokens, List<String> newTokens, SegmentBuilder out) {
        // Nearly every gap between two matched words is the same single space on both sides: no diff needed.
        if (oldTokens.equals(newTokens)) {
            out.equal(Lines.join(oldTokens, 0, oldTokens.size()));
            return;
        }
        if (oldTokens.isEmpty() || newTokens.isEmpty()) {
            out.deleted(Lines.join(oldTokens, 0, oldTokens.size()));
            out.inserted(Lines.join(newTokens, 0, newTokens.size()));
            return;
        }
        IdSequence.Interner ids = new IdSequence.Interner();
        EditList edits = IdSequence.HISTOGRAM.diff(IdSequence.COMPARATOR, ids.intern(oldTokens), ids.intern(newTokens));
        int ai = 0;
        for (int e = 0; e < edits.size(); e++) {
            Edit edit = edits.get(e);
            String between = Lines.join(oldTokens, ai, edit.getBeginA());
            // A lone space between two changed words reads better as part of one change ("a b" -> "x y") than as
            // a kept space splitting two tiny changes; only spaces are absorbed, never words or line breaks.
            if (e > 0 && edit.getBeginA() - ai == 1 && Tokens.isHorizontalSpace(between)) {
                out.deleted(between);
                out.inserted(between);
            } else {
                out.equal(between);
            }
            out.deleted(Lines.join(oldTokens, edit.getBeginA(), edit.getEndA()));
            out.inserted(Lines.join(newTokens, edit.getBeginB(), edit.getEndB()));
            ai = edit.getEndA();
        }
        out.equal(Lines.join(oldTokens, ai, oldTokens.size()));
    }

    private static List<Integer> wordPositions(List<String> tokens) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (Tokens.isWord(tokens.get(i))) {
                positions.add(i);
            }
        }
        return positions;
    }

    /** The edits plus an empty one at the very end, so the loop also walks the matched words after the last edit. */
    private static List<Edit> withEnd(EditList edits, int oldSize, int newSize) {
        List<Edit> all = new ArrayList<>(edits);
        all.add(new Edit(oldSize, oldSize, newSize, newSize));
        return all;
    }
}
