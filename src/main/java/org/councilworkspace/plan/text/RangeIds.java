package org.councilworkspace.plan.text;

import java.util.Arrays;

/**
 * Hands out the same id for equal ranges of characters of two texts (the old and the new), numbered from 0 in the
 * order they first appear, as {@link IdSequence.Interner} numbers strings. It looks ranges up where they lie, in an
 * open-addressing table: a plan-wide comparison passes about 100,000 words through here, and a substring, a map
 * entry and a boxed id for each of them were most of what the comparison allocated. Reused by one thread for one
 * diff after another, so {@link #reset} forgets only the entries it made.
 */
final class RangeIds {

    /** Past this many slots the table is dropped on reset rather than kept for the next diff of this thread. */
    private static final int KEEP_SLOTS = 1 << 15;

    private final String[] texts = new String[2];
    /** Open addressing with linear probing: id + 1 of the range hashed there, 0 when the slot is free. */
    private int[] slots;
    private int[] hashes;
    private int[] starts;
    private int[] ends;
    private byte[] sides;
    private int[] slotOf;
    private int count;

    RangeIds() {
        allocate(64);
    }

    /** Forgets every id and compares ranges of these two texts from now on. */
    void reset(String oldText, String newText) {
        if (slots.length > KEEP_SLOTS) {
            allocate(64);
        } else {
            for (int id = 0; id < count; id++) {
                slots[slotOf[id]] = 0;
            }
        }
        count = 0;
        texts[0] = oldText;
        texts[1] = newText;
    }

    /** The id of characters [start, end) of the old (side 0) or new (side 1) text. */
    int id(int side, int start, int end) {
        String text = texts[side];
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int mask = slots.length - 1;
        int length = end - start;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return add(slot, hash, side, start, end);
            }
            int id = entry - 1;
            if (hashes[id] == hash && ends[id] - starts[id] == length
                    && texts[sides[id]].regionMatches(starts[id], text, start, length)) {
                return id;
            }
        }
    }

    private int add(int slot, int hash, int side, int start, int end) {
        int id = count++;
        if (id == hashes.length) {
            int size = hashes.length * 2;
            hashes = Arrays.copyOf(hashes, size);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            sides = Arrays.copyOf(sides, size);
            slotOf = Arrays.copyOf(slotOf, size);
        }
        hashes[id] = hash;
        starts[id] = start;
        ends[id] = end;
        sides[id] = (byte) side;
        slotOf[id] = slot;
        slots[slot] = id + 1;
        // At most half full, so probes stay short; growing moves every entry to its place in the larger table.
        if (count * 2 > slots.length) {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int known = 0; known < count; known++) {
                int s = spread(hashes[known]) & mask;
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = known + 1;
                slotOf[known] = s;
            }
        }
        return id;
    }

    private void allocate(int slotCount) {
        slots = new int[slotCount];
        hashes = new int[slotCount / 2];
        starts = new int[slotCount / 2];
        ends = new int[slotCount / 2];
        sides = new byte[slotCount / 2];
        slotOf = new int[slotCount / 2];
    }

    /** Mixes the high bits of a string hash into the low ones the table indexes by, as HashMap does. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
