package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** A conflict resolved passage by passage gives back exactly the text a person chose, to the last line break. */
class MergePartTest {

    private static final String BASE = "# Transport\n\nRoads will be widened by 2030.\n\nRail links reach every district.\n"
            + "\nPorts expand their capacity.";

    static List<Arguments> conflicts() {
        return List.of(
                Arguments.of(BASE.replace("by 2030", "by 2028"), BASE.replace("by 2030", "by 2035")),
                Arguments.of(BASE.replace("by 2030", "by 2028").replace("their capacity", "their berths"),
                        BASE.replace("by 2030", "by 2035").replace("their capacity", "their quays")),
                Arguments.of(BASE.replace("\n\nPorts expand their capacity.", ""),
                        BASE.replace("their capacity", "their quays")),
                Arguments.of(BASE + "\n", BASE.replace("their capacity", "their quays") + "\n\nThe end."),
                Arguments.of("ทางหลวงสายหลัก ๒๕๗๓\nยานยนต์ไฟฟ้า", "ทางหลวงสายรอง ๒๕๗๕\nยานยนต์ไฟฟ้า"));
    }

    @ParameterizedTest
    @MethodSource("conflicts")
    void keeping_mine_everywhere_gives_my_text_and_keeping_theirs_gives_theirs(String mine, String theirs) {
        MergeOutcome.Conflicted conflicted = conflicted(mine, theirs);
        assertThat(resolveAll(conflicted, MergePart::mineWording)).isEqualTo(mine);
        assertThat(resolveAll(conflicted, MergePart::theirsWording)).isEqualTo(theirs);
        assertThat(conflicted.parts().stream().filter(MergePart::conflict)).hasSize(conflicted.conflicts());
    }

    @Test
    void keeping_both_puts_my_wording_before_theirs_and_edited_wording_is_kept_as_typed() {
        MergeOutcome.Conflicted conflicted = conflicted(BASE.replace("by 2030", "by 2028"),
                BASE.replace("by 2030", "by 2035"));
        assertThat(resolveAll(conflicted, MergePart::bothWording)).isEqualTo(BASE.replace(
                "Roads will be widened by 2030.", "Roads will be widened by 2028.\nRoads will be widened by 2035."));
        assertThat(MergePart.resolve(conflicted.parts(), List.of("Roads will be widened by 2031 <b>at the latest</b>.")))
                .isEqualTo(BASE.replace("by 2030.", "by 2031 <b>at the latest</b>."));
        assertThat(MergePart.resolve(conflicted.parts(), List.of(""))).as("keeping neither removes the passage")
                .isEqualTo(BASE.replace("Roads will be widened by 2030.\n", ""));
    }

    @Test
    void a_wording_missing_for_a_conflict_is_refused() {
        MergeOutcome.Conflicted conflicted = conflicted(BASE.replace("by 2030", "by 2028"),
                BASE.replace("by 2030", "by 2035"));
        assertThatThrownBy(() -> MergePart.resolve(conflicted.parts(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MergeOutcome.Conflicted conflicted(String mine, String theirs) {
        MergeOutcome outcome = ThreeWayMerge.merge(BASE, mine, theirs);
        assertThat(outcome).isInstanceOf(MergeOutcome.Conflicted.class);
        return (MergeOutcome.Conflicted) outcome;
    }

    private static String resolveAll(MergeOutcome.Conflicted conflicted, Function<MergePart, String> pick) {
        List<String> chosen = conflicted.parts().stream().filter(MergePart::conflict).map(pick).toList();
        return MergePart.resolve(conflicted.parts(), chosen.isEmpty() ? Collections.emptyList() : chosen);
    }
}
