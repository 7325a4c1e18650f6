package org.councilworkspace.plan.text;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.councilworkspace.plan.text.DiffSegment.Kind;
import org.eclipse.jgit.diff.Edit;

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
        SegmentBuilder out = new SegmentBuilder();
        Tokens tokens = new Tokens(locale);
        // Lines first, words second: unchanged paragraphs are matched cheaply and the word diff only runs inside the
        // regions that changed. Word breaks never cross a line break, so tokens are the same as for the whole text.
        List<String> oldLines = Lines.split(oldText);
        List<String> newLines = Lines.split(newText);
        IdSequence.Interner lineIds = new IdSequence.Interner();
        IdSequence a = lineIds.intern(oldLines);
        IdSequence b = lineIds.intern(newLines);
        int ai = 0;
        for (Edit edit : IdSequence.HISTOGRAM.diff(IdSequence.COMPARATOR, a, b)) {
            out.equal(Lines.join(oldLines, ai, edit.getBeginA()));
            String removed = Lines.join(oldLines, edit.getBeginA(), edit.getEndA());
            String added = Lines.join(newLines, edit.getBeginB(), edit.getEndB());
            WordRegions.diff(tokens.split(removed), tokens.split(added), out);
            ai = edit.getEndA();
        }
        out.equal(Lines.join(oldLines, ai, oldLines.size()));
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
                count += (int) tokens.split(segment.text()).stream().filter(Tokens::isWord).count();
            }
        }
        return count;
    }
}
