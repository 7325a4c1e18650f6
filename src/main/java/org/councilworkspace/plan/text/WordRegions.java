package org.councilworkspace.plan.text;

import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;

/**
 * Diffs one changed region token by token. Words are matched first and only then the spaces and punctuation
 * between them: a lone space or comma is a poor anchor, and matching one can tear apart words that did not change.
 * Works on token indexes rather than sublists and joined copies: a plan-wide comparison passes every word of the
 * plan through here, and the copies were most of what it allocated (and so of its collections).
 */
final class WordRegions {

    private WordRegions() {
    }

    static void diff(List<String> oldTokens, List<String> newTokens, SegmentBuilder out) {
        int[] oldWords = wordPositions(oldTokens);
        int[] newWords = wordPositions(newTokens);
        IdSequence.Interner ids = new IdSequence.Interner(oldWords.length + newWords.length);
        EditList edits = IdSequence.HISTOGRAM.diff(IdSequence.COMPARATOR,
                ids.intern(oldTokens, oldWords), ids.intern(newTokens, newWords));
        int oldDone = 0;
        int newDone = 0;
        int wa = 0;
        int wb = 0;
        int last = edits.size();
        for (int e = 0; e <= last; e++) {
            // One more pass after the last edit, so the matched words after it are walked too.
            int beginA = e < last ? edits.get(e).getBeginA() : oldWords.length;
            // Words before this edit are matched pairs; everything between two matched words is a small gap.
            for (; wa < beginA; wa++, wb++) {
                int oldAt = oldWords[wa];
                int newAt = newWords[wb];
                diffGap(oldTokens, oldDone, oldAt, newTokens, newDone, newAt, out);
                out.equal(oldTokens.get(oldAt));
                oldDone = oldAt + 1;
                newDone = newAt + 1;
            }
            if (e < last) {
                wa = edits.get(e).getEndA();
                wb = edits.get(e).getEndB();
            }
        }
        diffGap(oldTokens, oldDone, oldTokens.size(), newTokens, newDone, newTokens.size(), out);
    }

    /** The gap between two matched words: old tokens [oldFrom, oldTo) against new tokens [newFrom, newTo). */
    private static void diffGap(List<String> oldTokens, int oldFrom, int oldTo, List<String> newTokens, int newFrom,
                                int newTo, SegmentBuilder out) {
        // Nearly every gap between two matched words is the same single space on both sides: no diff needed.
        if (oldTo - oldFrom == newTo - newFrom && sameTokens(oldTokens, oldFrom, oldTo, newTokens, newFrom)) {
            out.equal(Lines.join(oldTokens, oldFrom, oldTo));
            return;
        }
        if (oldFrom == oldTo || newFrom == newTo) {
            out.deleted(Lines.join(oldTokens, oldFrom, oldTo));
            out.inserted(Lines.join(newTokens, newFrom, newTo));
            return;
        }
        List<String> oldGap = oldTokens.subList(oldFrom, oldTo);
        List<String> newGap = newTokens.subList(newFrom, newTo);
        IdSequence.Interner ids = new IdSequence.Interner(oldGap.size() + newGap.size());
        EditList edits = IdSequence.HISTOGRAM.diff(IdSequence.COMPARATOR, ids.intern(oldGap), ids.intern(newGap));
        int ai = 0;
        for (int e = 0; e < edits.size(); e++) {
            Edit edit = edits.get(e);
            String between = Lines.join(oldGap, ai, edit.getBeginA());
            // A lone space between two changed words reads better as part of one change ("a b" -> "x y") than as
            // a kept space splitting two tiny changes; only spaces are absorbed, never words or line breaks.
            if (e > 0 && edit.getBeginA() - ai == 1 && Tokens.isHorizontalSpace(between)) {
                out.deleted(between);
                out.inserted(between);
            } else {
                out.equal(between);
            }
            out.deleted(Lines.join(oldGap, edit.getBeginA(), edit.getEndA()));
            out.inserted(Lines.join(newGap, edit.getBeginB(), edit.getEndB()));
            ai = edit.getEndA();
        }
        out.equal(Lines.join(oldGap, ai, oldGap.size()));
    }

    /** Whether the old tokens [from, to) equal as many new tokens from newFrom on. */
    private static boolean sameTokens(List<String> oldTokens, int from, int to, List<String> newTokens, int newFrom) {
        for (int i = from; i < to; i++) {
            if (!oldTokens.get(i).equals(newTokens.get(newFrom + i - from))) {
                return false;
            }
        }
        return true;
    }

    private static int[] wordPositions(List<String> tokens) {
        int[] positions = new int[tokens.size()];
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (Tokens.isWord(tokens.get(i))) {
                positions[n++] = i;
            }
        }
        return Arrays.copyOf(positions, n);
    }
}
