package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.plan.text.DiffSegment.Kind;

/**
 * Collects diff output into canonical segments: no empty segments, no two neighbours of the same kind, and within
 * each change between two equal runs the deletion comes before the insertion.
 */
final class SegmentBuilder {

    private final List<DiffSegment> segments = new ArrayList<>();
    private final StringBuilder equal = new StringBuilder();
    private final StringBuilder deleted = new StringBuilder();
    private final StringBuilder inserted = new StringBuilder();

    // Empty text is ignored everywhere: an empty change must not split two equal runs apart.
    void equal(String text) {
        if (text.isEmpty()) {
            return;
        }
        flushChange();
        equal.append(text);
    }

    void deleted(String text) {
        if (text.isEmpty()) {
            return;
        }
        flushEqual();
        deleted.append(text);
    }

    void inserted(String text) {
        if (text.isEmpty()) {
            return;
        }
        flushEqual();
        inserted.append(text);
    }

    List<DiffSegment> build() {
        flushEqual();
        flushChange();
        return List.copyOf(segments);
    }

    private void flushEqual() {
        emit(Kind.EQUAL, equal);
    }

    private void flushChange() {
        emit(Kind.DELETED, deleted);
        emit(Kind.INSERTED, inserted);
    }

    private void emit(Kind kind, StringBuilder text) {
        if (!text.isEmpty()) {
            segments.add(new DiffSegment(kind, text.toString()));
            text.setLength(0);
        }
    }
}
