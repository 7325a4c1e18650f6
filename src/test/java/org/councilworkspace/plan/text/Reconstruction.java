package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilworkspace.plan.text.DiffSegment.Kind;

/** Checks shared by the diff tests: both texts come back exactly, and the segments are in canonical form. */
final class Reconstruction {

    private Reconstruction() {
    }

    static String oldSide(List<DiffSegment> segments) {
        return join(segments, Kind.DELETED);
    }

    static String newSide(List<DiffSegment> segments) {
        return join(segments, Kind.INSERTED);
    }

    static void assertRebuilds(List<DiffSegment> segments, String oldText, String newText) {
        assertThat(oldSide(segments)).isEqualTo(oldText);
        assertThat(newSide(segments)).isEqualTo(newText);
        for (int i = 0; i < segments.size(); i++) {
            assertThat(segments.get(i).text()).as("segment %d is not empty", i).isNotEmpty();
            if (i > 0) {
                assertThat(segments.get(i).kind()).as("segment %d differs in kind from its neighbour", i)
                        .isNotEqualTo(segments.get(i - 1).kind());
            }
        }
    }

    private static String join(List<DiffSegment> segments, Kind side) {
        StringBuilder text = new StringBuilder();
        segments.stream().filter(s -> s.kind() == Kind.EQUAL || s.kind() == side).forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
