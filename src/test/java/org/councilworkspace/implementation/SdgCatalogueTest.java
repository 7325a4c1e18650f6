package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The SDG data file the app ships: every goal and target of A/RES/70/1, each in English, Japanese and Thai. */
class SdgCatalogueTest {

    /** How many targets each goal has in the 2030 Agenda, goal 1 first. */
    private static final List<Integer> TARGETS_PER_GOAL = List.of(7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10,
            12, 12, 19);

    private final List<SdgCatalogue.Entry> entries = SdgCatalogue.entries();

    @Test
    void the_file_holds_the_17_goals_and_the_169_targets() {
        assertThat(entries.stream().filter(e -> !e.target()).map(SdgCatalogue.Entry::code))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                        "16", "17");
        assertThat(entries.stream().filter(SdgCatalogue.Entry::target)).hasSize(169);
        Map<String, Long> perGoal = entries.stream().filter(SdgCatalogue.Entry::target)
                .collect(Collectors.groupingBy(SdgCatalogue.Entry::goalCode, Collectors.counting()));
        for (int goal = 1; goal <= 17; goal++) {
            assertThat(perGoal.get(Integer.toString(goal))).as("targets of goal " + goal)
                    .isEqualTo(TARGETS_PER_GOAL.get(goal - 1).longValue());
        }
        assertThat(entries.stream().map(SdgCatalogue.Entry::code).distinct()).hasSize(186);
    }

    @Test
    void each_target_follows_its_goal_numbered_first_then_lettered() {
        String goal = null;
        boolean lettered = false;
        for (SdgCatalogue.Entry e : entries) {
            if (!e.target()) {
                goal = e.code();
                lettered = false;
                continue;
            }
            assertThat(e.goalCode()).as(e.code()).isEqualTo(goal);
            String rest = e.code().substring(e.code().indexOf('.') + 1);
            assertThat(rest).as(e.code()).matches("[0-9]{1,2}|[a-d]");
            assertThat(lettered && rest.matches("[0-9]+")).as(e.code() + " after a lettered target").isFalse();
            lettered |= rest.matches("[a-d]");
        }
    }

    @Test
    void no_cell_is_empty_and_each_language_is_written_in_its_own_script() {
        for (SdgCatalogue.Entry e : entries) {
            assertThat(e.en()).as("English of " + e.code()).isNotBlank().matches("[\\x20-\\x7E]+");
            assertThat(e.ja()).as("Japanese of " + e.code()).isNotBlank().containsPattern("[\\u3040-\\u30FF\\u4E00-\\u9FFF]");
            assertThat(e.th()).as("Thai of " + e.code()).isNotBlank().containsPattern("[\\u0E00-\\u0E7F]");
        }
    }

    @Test
    void the_english_is_the_agendas_wording() {
        assertThat(entries.get(0).en()).isEqualTo("End poverty in all its forms everywhere");
        assertThat(entries.stream().filter(e -> e.code().equals("13.2")).findFirst().orElseThrow().en())
                .isEqualTo("Integrate climate change measures into national policies, strategies and planning");
        assertThat(entries.stream().filter(e -> e.code().equals("17.19")).findFirst().orElseThrow().en())
                .startsWith("By 2030, build on existing initiatives");
    }
}
