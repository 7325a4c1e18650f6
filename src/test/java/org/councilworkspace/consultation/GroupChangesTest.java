package org.councilworkspace.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupChangesTest {

    @Test
    void a_big_grouping_is_split_over_entries_that_each_fit_the_audit_and_name_every_submission() {
        List<GroupChanges.Move> moves = IntStream.range(0, 200).mapToObj(i -> new GroupChanges.Move(
                "C7-%04d-ABCD".formatted(i), i % 2 == 0 ? null : 3L, "Old label", 9L, "x".repeat(300))).toList();
        List<String> summaries = GroupChanges.summaries("Grouped 200 submissions", moves);
        assertThat(summaries).hasSizeGreaterThan(1).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(1000));
        assertThat(summaries.get(0)).endsWith("[part 1 of " + summaries.size() + "]")
                .contains("group 3 \"Old label\"", "group 9 \"" + "x".repeat(80) + "…\"");
        for (GroupChanges.Move m : moves) {
            assertThat(summaries).as(m.receiptNo()).anyMatch(s -> s.contains(m.receiptNo() + " "
                    + (m.fromGroup() == null ? "no group" : "group 3") + " → group 9"));
        }
    }

    @Test
    void a_small_change_is_one_entry_without_a_part_count() {
        List<String> summaries = GroupChanges.summaries("Took 1 submissions out of their groups",
                List.of(new GroupChanges.Move("C1-AAAA-BBBB", 4L, "Tax", null, null)));
        assertThat(summaries).containsExactly("Took 1 submissions out of their groups (group 4 \"Tax\"): "
                + "C1-AAAA-BBBB group 4 → no group");
    }
}
