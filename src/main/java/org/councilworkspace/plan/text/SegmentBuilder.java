package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.councilworkspace.plan.text.DiffSegment.Kind;

/**
 * Collects diff output into canonical segments: no empty segments, no two neighbours of the same kind, and within
 * each change between two equal runs the deletion comes before the insertion.
 * <p>
 * The diff hands over places in the texts rather than text: kept and deleted runs as characters of the old text,
 * inserted runs as characters of the new. It walks both texts from start to end, so the pieces of one segment are
 * always neighbours in their text (two kept pieces with no deletion between them are adjacent in the old text),
 * and each segment is a single substring: no builder to grow and copy again, and a whole text added or removed is
 * the text itself.
 */
final class SegmentBuilder {

    private final String oldText;
    private final String newText;
    private final List<DiffSegment> segments = new ArrayList<>();
    // Each pending run as [from, to) of its text; from == to when there is none.
    private int equalFrom;
    private int equalTo;
    private int deletedFrom;
    private int deletedTo;
    private int insertedFrom;
    private int insertedTo;

    SegmentBuilder(String oldText, String newText) {
        this.oldText = oldText;
        this.newText = newText;
    }

    // Empty ranges are ignored everywhere: an empty change must not split two equal runs apart.

    /** Characters [from, to) of the old text, unchanged. */
    void equal(int from, int to) {
        if (from >= to) {
            return;
        }
        flushChange();
        if (equalFrom == equalTo) {
            equalFrom = from;
        } else {
            adjacent(equalTo, from);
        }
        equalTo = to;
    }

    /** Characters [from, to) of the old text, not in the new. */
    void deleted(int from, int to) {
        if (from >= to) {
            return;
        }
        flushEqual();
        if (deletedFrom == deletedTo) {
            deletedFrom = from;
        } else {
            adjacent(deletedTo, from);
        }
        deletedTo = to;
    }

    /** Characters [from, to) of the new text, not in the old. */
    void inserted(int from, int to) {
        if (from >= to) {
            return;
        }
        flushEqual();
        if (insertedFrom == insertedTo) {
            insertedFrom = from;
        } else {
            adjacent(insertedTo, from);
        }
        insertedTo = to;
    }

    List<DiffSegment> build() {
        flushEqual();
        flushChange();
        // A read-only view rather than a copy: this builder is dropped once built, so nothing can change the list.
        return Collections.unmodifiableList(segments);
    }

    private void flushEqual() {
        if (equalFrom != equalTo) {
            segments.add(new DiffSegment(Kind.EQUAL, oldText.substring(equalFrom, equalTo)));
            equalFrom = equalTo;
        }
    }

    private void flushChange() {
        if (deletedFrom != deletedTo) {
            segments.add(new DiffSegment(Kind.DELETED, oldText.substring(deletedFrom, deletedTo)));
            deletedFrom = deletedTo;
        }
        if (insertedFrom != insertedTo) {
            segments.add(new DiffSegment(Kind.INSERTED, newText.substring(insertedFrom, insertedTo)));
            insertedFrom = insertedTo;
        }
    }

    /** A piece that does not continue its run would be a fault in the diff's walk, not something to paper over. */
    private static void adjacent(int runEnd, int pieceStart) {
        if (runEnd != pieceStart) {
            throw new IllegalStateException("diff piece at " + pieceStart + " does not follow its run at " + runEnd);
        }
    }
}
