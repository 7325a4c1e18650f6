package org.councilworkspace.plan.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/**
 * A JGit diff sequence of interned strings (tokens or lines). Interning turns every comparison into an int compare,
 * which keeps histogram diff fast on texts of a hundred thousand words.
 */
final class IdSequence extends Sequence {

    // Stateless between calls (each diff keeps its own working state), so one instance serves every thread.
    static final DiffAlgorithm HISTOGRAM = DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);

    static final SequenceComparator<IdSequence> COMPARATOR = new SequenceComparator<>() {
        @Override
        public boolean equals(IdSequence a, int ai, IdSequence b, int bi) {
            return a.ids[ai] == b.ids[bi];
        }

        @Override
        public int hash(IdSequence seq, int ptr) {
            return seq.ids[ptr];
        }
    };

    private final int[] ids;
    private final int size;

    private IdSequence(int[] ids) {
        this(ids, ids.length);
    }

    /** The first size ids of the array: the word diff reuses one larger array from diff to diff. */
    IdSequence(int[] ids, int size) {
        this.ids = ids;
        this.size = size;
    }

    /**
     * The edits from a to b, exactly as {@code HISTOGRAM.diff(COMPARATOR, a, b)} gives them. When what is left after
     * the ids both share at the start and then at the end is one insertion, one deletion or one id for another, the
     * histogram diff answers with that single edit, so it is not asked: it builds a dozen working objects and arrays
     * for every call, and a plan-wide comparison makes thousands of calls, many of them one word for another.
     */
    static EditList edits(IdSequence a, IdSequence b) {
        int beginA = 0;
        int beginB = 0;
        int endA = a.size;
        int endB = b.size;
        while (beginA < endA && beginB < endB && a.ids[beginA] == b.ids[beginB]) {
            beginA++;
            beginB++;
        }
        while (beginA < endA && beginB < endB && a.ids[endA - 1] == b.ids[endB - 1]) {
            endA--;
            endB--;
        }
        if (beginA == endA && beginB == endB) {
            return new EditList(0);
        }
        if (beginA == endA || beginB == endB || (endA - beginA == 1 && endB - beginB == 1)) {
            return EditList.singleton(new Edit(beginA, endA, beginB, endB));
        }
        return HISTOGRAM.diff(COMPARATOR, a, b);
    }

    int id(int index) {
        return ids[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** Hands out the same id for equal strings; use one interner for all sequences that are compared together. */
    static final class Interner {
        private final Map<String, Integer> ids;

        Interner() {
            this(16);
        }

        /** Sized for about this many items, so the map need not grow while a plan's words pass through it. */
        Interner(int expectedItems) {
            ids = new HashMap<>(Math.max(16, expectedItems * 4 / 3 + 1));
        }

        IdSequence intern(List<String> items) {
            int[] out = new int[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = id(items.get(i));
            }
            return new IdSequence(out);
        }

        /** Interns only the items at the given positions, in that order. */
        IdSequence intern(List<String> items, int[] positions) {
            int[] out = new int[positions.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = id(items.get(positions[i]));
            }
            return new IdSequence(out);
        }

        // get and put rather than computeIfAbsent: the lambda captured the map, one allocation per item.
        private int id(String item) {
            Integer known = ids.get(item);
            if (known != null) {
                return known;
            }
            int id = ids.size();
            ids.put(item, id);
            return id;
        }
    }
}
