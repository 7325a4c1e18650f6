package org.councilworkspace.plan.text;

import java.lang.ref.SoftReference;

/**
 * Working arrays of one thread's word diffs, kept from one diff to the next: a plan-wide comparison diffs hundreds
 * of sections on each pool thread, and fresh arrays for each section's lines, tokens and ids were allocation the
 * collector then had to clear. Nothing here outlives a call into this package, and a diff calls nothing that could
 * start another diff on the same thread, so one set per thread is safe. Held softly: the memory goes back when
 * the heap is short, and arrays past {@link #KEEP} entries are not kept at all.
 */
final class DiffScratch {

    /** Where each array is used; a slot is never used by two things at once. */
    static final int OLD_LINES = 0;
    static final int NEW_LINES = 1;
    static final int OLD_LINE_IDS = 2;
    static final int NEW_LINE_IDS = 3;
    static final int OLD_TOKENS = 4;
    static final int NEW_TOKENS = 5;
    static final int OLD_WORDS = 6;
    static final int NEW_WORDS = 7;
    static final int OLD_IDS = 8;
    static final int NEW_IDS = 9;
    static final int COUNTED_TOKENS = 10;
    private static final int SLOTS = 11;

    /** 32,768 ints (128 KB) covers the tokens of a section of about 30,000 characters. */
    private static final int KEEP = 1 << 15;

    private static final ThreadLocal<SoftReference<DiffScratch>> CURRENT = new ThreadLocal<>();

    private final int[][] arrays = new int[SLOTS][];
    final RangeIds ids = new RangeIds();

    private DiffScratch() {
    }

    static DiffScratch get() {
        SoftReference<DiffScratch> held = CURRENT.get();
        DiffScratch scratch = held == null ? null : held.get();
        if (scratch == null) {
            scratch = new DiffScratch();
            CURRENT.set(new SoftReference<>(scratch));
        }
        return scratch;
    }

    /** An array of at least this size for the given use; its contents are whatever the last use left. */
    int[] ints(int slot, int size) {
        int[] array = arrays[slot];
        if (array != null && array.length >= size) {
            return array;
        }
        // Grown by half again, so a run of slightly larger sections does not allocate for each one.
        int[] grown = new int[Math.max(64, size + (size >> 1))];
        if (grown.length <= KEEP) {
            arrays[slot] = grown;
        }
        return grown;
    }
}
