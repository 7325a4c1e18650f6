package org.councilworkspace.plan.text;

import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;

/**
 * Diffs the changed regions of one pair of texts token by token. Words are matched first and only then the spaces
 * and punctuation between them: a lone space or comma is a poor anchor, and matching one can tear apart words that
 * did not change.
 * <p>
 * Tokens are places in the texts (token k of a region is [bounds[k], bounds[k + 1])), compared where they lie and
 * handed to the {@link SegmentBuilder} as places too: a plan-wide comparison passes every word of the plan through
 * here, and a substring, a map entry and a joined copy per word were most of what it allocated (and so of its
 * collections). The arrays come from the thread's {@link DiffScratch}.
 */
final class WordRegions {

    private final String oldText;
    private final String newText;
    private final Tokens tokens;
    private final DiffScratch scratch;
    private final SegmentBuilder out;
    /** Token bounds of the region being diffed, in the old and the new text. */
    private int[] oldBounds;
    private int[] newBounds;

    WordRegions(String oldText, String newText, Tokens tokens, DiffScratch scratch, SegmentBuilder out) {
        this.oldText = oldText;
        this.newText = newText;
        this.tokens = tokens;
        this.scratch = scratch;
        this.out = out;
    }

    /** Diffs characters [oldFrom, oldTo) of the old text against [newFrom, newTo) of the new. */
    void diff(int oldFrom, int oldTo, int newFrom, int newTo) {
        oldBounds = scratch.ints(DiffScratch.OLD_TOKENS, oldTo - oldFrom + 1);
        newBounds = scratch.ints(DiffScratch.NEW_TOKENS, newTo - newFrom + 1);
        int oldCount = tokens.bounds(oldText, oldFrom, oldTo, oldBounds);
        int newCount = tokens.bounds(newText, newFrom, newTo, newBounds);
        int[] oldWords = scratch.ints(DiffScratch.OLD_WORDS, oldCount);
        int[] newWords = scratch.ints(DiffScratch.NEW_WORDS, newCount);
        int oldWordCount = wordPositions(oldText, oldBounds, oldCount, oldWords);
        int newWordCount = wordPositions(newText, newBounds, newCount, newWords);
        // Old words first, then new: the ids, and so the diff, are those the interned substrings used to give.
        RangeIds ids = scratch.ids;
        ids.reset(oldText, newText);
        int[] oldIds = scratch.ints(DiffScratch.OLD_IDS, oldWordCount);
        for (int k = 0; k < oldWordCount; k++) {
            oldIds[k] = ids.id(0, oldBounds[oldWords[k]], oldBounds[oldWords[k] + 1]);
        }
        int[] newIds = scratch.ints(DiffScratch.NEW_IDS, newWordCount);
        for (int k = 0; k < newWordCount; k++) {
            newIds[k] = ids.id(1, newBounds[newWords[k]], newBounds[newWords[k] + 1]);
        }
        EditList edits = IdSequence.edits(new IdSequence(oldIds, oldWordCount),
                new IdSequence(newIds, newWordCount));
        int oldDone = 0;
        int newDone = 0;
        int wa = 0;
        int wb = 0;
        int last = edits.size();
        for (int e = 0; e <= last; e++) {
            // One more pass after the last edit, so the matched words after it are walked too.
            int beginA = e < last ? edits.get(e).getBeginA() : oldWordCount;
            // Words before this edit are matched pairs; everything between two matched words is a small gap.
            for (; wa < beginA; wa++, wb++) {
                int oldAt = oldWords[wa];
                int newAt = newWords[wb];
                diffGap(oldDone, oldAt, newDone, newAt);
                out.equal(oldBounds[oldAt], oldBounds[oldAt + 1]);
                oldDone = oldAt + 1;
                newDone = newAt + 1;
            }
            if (e < last) {
                wa = edits.get(e).getEndA();
                wb = edits.get(e).getEndB();
            }
        }
        diffGap(oldDone, oldCount, newDone, newCount);
    }

    /** The gap between two matched words: old tokens [oldFrom, oldTo) against new tokens [newFrom, newTo). */
    private void diffGap(int oldFrom, int oldTo, int newFrom, int newTo) {
        // Nearly every gap between two matched words is the same single space on both sides: no diff needed.
        if (oldTo - oldFrom == newTo - newFrom && sameTokens(oldFrom, oldTo, newFrom)) {
            out.equal(oldBounds[oldFrom], oldBounds[oldTo]);
            return;
        }
        if (oldFrom == oldTo || newFrom == newTo) {
            out.deleted(oldBounds[oldFrom], oldBounds[oldTo]);
            out.inserted(newBounds[newFrom], newBounds[newTo]);
            return;
        }
        // The tokens both sides share at the start and then at the end, as the histogram diff first strips them.
        int head = 0;
        while (oldFrom + head < oldTo && newFrom + head < newTo && sameToken(oldFrom + head, newFrom + head)) {
            head++;
        }
        int tail = 0;
        while (oldFrom + head < oldTo - tail && newFrom + head < newTo - tail
                && sameToken(oldTo - 1 - tail, newTo - 1 - tail)) {
            tail++;
        }
        int oldLeft = oldTo - tail - oldFrom - head;
        int newLeft = newTo - tail - newFrom - head;
        if (oldLeft == 0 || newLeft == 0 || (oldLeft == 1 && newLeft == 1)) {
            // What is left is one insertion, one deletion or one token for another: the histogram diff would
            // answer with that single edit, so it is not asked (most gaps are "word" for "word").
            out.equal(oldBounds[oldFrom], oldBounds[oldFrom + head]);
            out.deleted(oldBounds[oldFrom + head], oldBounds[oldTo - tail]);
            out.inserted(newBounds[newFrom + head], newBounds[newTo - tail]);
            out.equal(oldBounds[oldTo - tail], oldBounds[oldTo]);
            return;
        }
        diffTokens(oldFrom, oldTo, newFrom, newTo);
    }

    /** A gap that needs the histogram diff of its tokens, spaces and punctuation included. */
    private void diffTokens(int oldFrom, int oldTo, int newFrom, int newTo) {
        RangeIds ids = scratch.ids;
        ids.reset(oldText, newText);
        int oldSize = oldTo - oldFrom;
        int newSize = newTo - newFrom;
        // The word ids are done with once the words' edits are known, so their arrays serve the gap.
        int[] oldIds = scratch.ints(DiffScratch.OLD_IDS, oldSize);
        for (int k = 0; k < oldSize; k++) {
            oldIds[k] = ids.id(0, oldBounds[oldFrom + k], oldBounds[oldFrom + k + 1]);
        }
        int[] newIds = scratch.ints(DiffScratch.NEW_IDS, newSize);
        for (int k = 0; k < newSize; k++) {
            newIds[k] = ids.id(1, newBounds[newFrom + k], newBounds[newFrom + k + 1]);
        }
        EditList edits = IdSequence.edits(new IdSequence(oldIds, oldSize),
                new IdSequence(newIds, newSize));
        int ai = 0;
        int bi = 0;
        for (int e = 0; e < edits.size(); e++) {
            Edit edit = edits.get(e);
            int from = oldBounds[oldFrom + ai];
            int to = oldBounds[oldFrom + edit.getBeginA()];
            // A lone space between two changed words reads better as part of one change ("a b" -> "x y") than as
            // a kept space splitting two tiny changes; only spaces are absorbed, never words or line breaks.
            if (e > 0 && edit.getBeginA() - ai == 1 && Tokens.isHorizontalSpace(oldText, from, to)) {
                out.deleted(from, to);
                // The same space, where it lies in the new text.
                out.inserted(newBounds[newFrom + bi], newBounds[newFrom + edit.getBeginB()]);
            } else {
                out.equal(from, to);
            }
            out.deleted(to, oldBounds[oldFrom + edit.getEndA()]);
            out.inserted(newBounds[newFrom + edit.getBeginB()], newBounds[newFrom + edit.getEndB()]);
            ai = edit.getEndA();
            bi = edit.getEndB();
        }
        out.equal(oldBounds[oldFrom + ai], oldBounds[oldTo]);
    }

    /** Whether the old tokens [from, to) equal as many new tokens from newFrom on. */
    private boolean sameTokens(int from, int to, int newFrom) {
        for (int i = from; i < to; i++) {
            if (!sameToken(i, newFrom + i - from)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameToken(int oldToken, int newToken) {
        int oldStart = oldBounds[oldToken];
        int length = oldBounds[oldToken + 1] - oldStart;
        int newStart = newBounds[newToken];
        return newBounds[newToken + 1] - newStart == length
                && oldText.regionMatches(oldStart, newText, newStart, length);
    }

    /** Writes the indexes of the tokens that are words into positions; returns how many there are. */
    private static int wordPositions(String text, int[] bounds, int count, int[] positions) {
        int n = 0;
        for (int k = 0; k < count; k++) {
            if (Tokens.isWord(text, bounds[k], bounds[k + 1])) {
                positions[n++] = k;
            }
        }
        return n;
    }
}
