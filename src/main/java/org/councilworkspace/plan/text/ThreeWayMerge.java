package org.councilworkspace.plan.text;

import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeChunk;
import org.eclipse.jgit.merge.MergeResult;

/** Merges two revisions of a section that were both drafted from the same base revision. */
public final class ThreeWayMerge {

    static final String MINE_MARKER = "<<<<<<< mine\n";
    static final String SEPARATOR = "=======\n";
    static final String THEIRS_MARKER = ">>>>>>> theirs\n";

    private ThreeWayMerge() {
    }

    /** Line-based three-way merge with JGit's MergeAlgorithm (histogram diff). Non-overlapping changes merge cleanly (e.g. two people editing different paragraphs); identical changes on both sides are not conflicts; overlapping different changes are Conflicted. Must preserve text exactly, including a missing or present final newline, CRLF-free input, and any Unicode. */
    public static MergeOutcome merge(String base, String mine, String theirs) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        if (mine.equals(theirs) || theirs.equals(base)) {
            return new MergeOutcome.Clean(mine);
        }
        if (mine.equals(base)) {
            return new MergeOutcome.Clean(theirs);
        }
        // Each text gets one extra "\n" so that every line ends in one. Without it a last line lacking its newline
        // differs from the same line with one, and appending a paragraph would collide with an edit of the last one.
        // A present or missing final newline becomes a plain blank line at the end, merged like any other line.
        List<String> baseLines = Lines.split(base + "\n");
        List<String> mineLines = Lines.split(mine + "\n");
        List<String> theirsLines = Lines.split(theirs + "\n");
        IdSequence.Interner ids = new IdSequence.Interner();
        IdSequence baseIds = ids.intern(baseLines);
        IdSequence mineIds = ids.intern(mineLines);
        IdSequence theirsIds = ids.intern(theirsLines);
        EditList mineEdits = IdSequence.HISTOGRAM.diff(IdSequence.COMPARATOR, baseIds, mineIds);
        EditList theirsEdits = IdSequence.HISTOGRAM.diff(IdSequence.COMPARATOR, baseIds, theirsIds);
        mineEdits = EditSlider.avoid(mineEdits, baseIds, mineIds, theirsEdits);
        theirsEdits = EditSlider.avoid(theirsEdits, baseIds, theirsIds, mineEdits);
        MergeResult<IdSequence> result = new MergeAlgorithm(new PrecomputedDiff(mineIds, mineEdits, theirsIds, theirsEdits))
                .merge(IdSequence.COMPARATOR, baseIds, mineIds, theirsIds);
        List<List<String>> texts = List.of(baseLines, mineLines, theirsLines);
        StringBuilder merged = new StringBuilder();
        Parts parts = new Parts();
        int conflicts = 0;
        for (MergeChunk chunk : result) {
            String text = Lines.join(texts.get(chunk.getSequenceIndex()), chunk.getBegin(), chunk.getEnd());
            switch (chunk.getConflictState()) {
                case NO_CONFLICT -> {
                    merged.append(text);
                    parts.clean(text);
                }
                case FIRST_CONFLICTING_RANGE -> {
                    conflicts++;
                    merged.append(MINE_MARKER).append(text).append(SEPARATOR);
                    parts.mine(text);
                }
                case NEXT_CONFLICTING_RANGE -> {
                    merged.append(text).append(THEIRS_MARKER);
                    parts.theirs(text);
                }
                case BASE_CONFLICTING_RANGE -> {
                    // The base side of a conflict is left out, as in git's default (non-diff3) conflict style.
                }
            }
        }
        // Take back the "\n" added above; every merged line ends in one, so the last character is always it.
        String text = merged.isEmpty() ? "" : merged.substring(0, merged.length() - 1);
        return conflicts == 0 ? new MergeOutcome.Clean(text)
                : new MergeOutcome.Conflicted(mine, theirs, text, conflicts, parts.done());
    }

    /** Collects the merge as clean stretches and conflicts; adjacent clean chunks become one stretch. */
    private static final class Parts {
        private final List<MergePart> parts = new java.util.ArrayList<>();
        private final StringBuilder clean = new StringBuilder();
        private String mine;

        void clean(String text) {
            clean.append(text);
        }

        void mine(String text) {
            flush();
            mine = text;
        }

        void theirs(String text) {
            parts.add(MergePart.conflict(mine, text));
            mine = null;
        }

        List<MergePart> done() {
            flush();
            return parts;
        }

        private void flush() {
            if (!clean.isEmpty()) {
                parts.add(MergePart.clean(clean.toString()));
                clean.setLength(0);
            }
        }
    }
}
