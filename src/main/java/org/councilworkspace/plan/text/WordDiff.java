package org.councilworkspace.plan.text;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.councilworkspace.plan.text.DiffSegment.Kind;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;

/** Word-level diff of two texts in any script, built on ICU word breaks and JGit's histogram diff. */
public final class WordDiff {

    private WordDiff() {
    }

    /**
     * Word-level diff. Tokens come from ICU4J's word BreakIterator for the locale (dictionary-based for Thai,
     * Japanese, Chinese, so text without spaces diffs by word); whitespace and punctuation are their own tokens.
     * Adjacent segments of the same kind are merged. Concatenating EQUAL+DELETED gives oldText exactly;
     * EQUAL+INSERTED gives newText exactly.
     */
    public static List<DiffSegment> diff(String oldText, String newText, Locale locale) {
        Objects.requireNonNull(oldText, "oldText");
        Objects.requireNonNull(newText, "newText");
        DiffScratch scratch = DiffScratch.get();
        SegmentBuilder out = new SegmentBuilder(oldText, newText);
        WordRegions regions = new WordRegions(oldText, newText, new Tokens(locale), scratch, out);
        // Lines first, words second: unchanged paragraphs are matched cheaply and the word diff only runs inside the
        // regions that changed. Word breaks never cross a line break, so tokens are the same as for the whole text.
        // Lines, like tokens, are places in the texts ([starts[i], starts[i + 1])), never copied.
        int[] oldLines = scratch.ints(DiffScratch.OLD_LINES, Lines.count(oldText) + 1);
        int[] newLines = scratch.ints(DiffScratch.NEW_LINES, Lines.count(newText) + 1);
        int oldCount = Lines.starts(oldText, oldLines);
        int newCount = Lines.starts(newText, newLines);
        // Old lines first, then new: the ids, and so the diff, are those the interned substrings used to give.
        RangeIds ids = scratch.ids;
        ids.reset(oldText, newText);
        int[] oldIds = scratch.ints(DiffScratch.OLD_LINE_IDS, oldCount);
        for (int i = 0; i < oldCount; i++) {
            oldIds[i] = ids.id(0, oldLines[i], oldLines[i + 1]);
        }
        int[] newIds = scratch.ints(DiffScratch.NEW_LINE_IDS, newCount);
        for (int i = 0; i < newCount; i++) {
            newIds[i] = ids.id(1, newLines[i], newLines[i + 1]);
        }
        EditList edits = IdSequence.edits(new IdSequence(oldIds, oldCount),
                new IdSequence(newIds, newCount));
        int ai = 0;
        for (int e = 0; e < edits.size(); e++) {
            Edit edit = edits.get(e);
            out.equal(oldLines[ai], oldLines[edit.getBeginA()]);
            regions.diff(oldLines[edit.getBeginA()], oldLines[edit.getEndA()], newLines[edit.getBeginB()],
                    newLines[edit.getEndB()]);
            ai = edit.getEndA();
        }
        out.equal(oldLines[ai], oldLines[oldCount]);
        return out.build();
    }

    /** The ICU word-break tokens of the text, in order; joined together they give the text back exactly. */
    public static List<String> tokenize(String text, Locale locale) {
        return new Tokens(locale).split(Objects.requireNonNull(text, "text"));
    }

    /** Words (tokens that are not only whitespace/punctuation) inserted plus deleted: "size of change". */
    public static int changedWords(List<DiffSegment> segments) {
        return changedWords(segments, Locale.ROOT);
    }

    /** As {@link #changedWords(List)}, splitting the changed text with the given locale's word rules. */
    public static int changedWords(List<DiffSegment> segments, Locale locale) {
        Tokens tokens = new Tokens(locale);
        int count = 0;
        for (DiffSegment segment : segments) {
            if (segment.kind() != Kind.EQUAL) {
                count += tokens.countWords(segment.text());
            }
        }
        return count;
    }
}
