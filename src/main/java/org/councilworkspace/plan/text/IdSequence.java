package org.councilworkspace.plan.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.DiffAlgorithm;
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

    private IdSequence(int[] ids) {
        this.ids = ids;
    }

    int id(int index) {
        return ids[index];
    }

    @Override
    public int size() {
        return ids.length;
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
