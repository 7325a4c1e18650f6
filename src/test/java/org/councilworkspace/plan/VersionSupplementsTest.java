package org.councilworkspace.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two versions' recorded items compared by key: added, removed, and changed with the lines that went and came. */
class VersionSupplementsTest {

    private static VersionRecords records(FrozenItem... items) {
        return new VersionRecords("Measures", "Measures changed", List.of(items));
    }

    @Test
    void an_item_is_changed_by_its_title_or_any_line_and_a_repeated_line_counts_each_time() {
        VersionRecords before = records(new FrozenItem("m1", 1, "Grants", List.of("Lead: A", "KPI: x", "KPI: x")),
                new FrozenItem("m2", 1, "Loans", List.of("Lead: B")),
                new FrozenItem("m3", 2, "Same", List.of("Lead: C")));
        VersionRecords after = records(new FrozenItem("m3", 2, "Same", List.of("Lead: C")),
                new FrozenItem("m1", 1, "Grants and loans", List.of("Lead: A", "KPI: x")),
                new FrozenItem("m4", 2, "Training", List.of("Lead: D")));

        List<RecordChanges> compared = VersionSupplements.compare(List.of(before), List.of(after));

        assertThat(compared).singleElement().satisfies(c -> {
            assertThat(c.heading()).isEqualTo("Measures changed");
            assertThat(c.recorded()).isTrue();
            assertThat(c.changes()).extracting(FrozenItemChange::kind, FrozenItemChange::title,
                    FrozenItemChange::removedLines, FrozenItemChange::addedLines).containsExactly(
                    tuple(FrozenItemChange.Kind.CHANGED, "Grants and loans", List.of("Grants", "KPI: x"),
                            List.of("Grants and loans")),
                    tuple(FrozenItemChange.Kind.ADDED, "Training", List.of(), List.of("Lead: D")),
                    tuple(FrozenItemChange.Kind.REMOVED, "Loans", List.of("Lead: B"), List.of()));
        });
    }

    @Test
    void versions_that_record_nothing_say_so_and_list_no_change() {
        List<RecordChanges> compared = VersionSupplements.compare(List.of(records()), List.of(records()));

        assertThat(compared).singleElement().satisfies(c -> {
            assertThat(c.recorded()).isFalse();
            assertThat(c.changes()).isEmpty();
        });
    }
}
