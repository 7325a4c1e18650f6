package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static final String BASE = """
            # Transport

            Roads will be widened by 2030.

            Rail links reach every district.

            Ports expand their capacity.
            """;

    @Test
    void edits_to_different_paragraphs_merge_cleanly() {
        String mine = BASE.replace("widened by 2030", "widened by 2028");
        String theirs = BASE.replace("Ports expand", "Sea ports expand");

        MergeOutcome outcome = ThreeWayMerge.merge(BASE, mine, theirs);

        assertThat(outcome).isEqualTo(new MergeOutcome.Clean(BASE
                .replace("widened by 2030", "widened by 2028").replace("Ports expand", "Sea ports expand")));
    }

    @Test
    void different_edits_to_the_same_line_conflict_and_show_both_texts() {
        String mine = BASE.replace("by 2030", "by 2028");
        String theirs = BASE.replace("by 2030", "by 2035");

        MergeOutcome outcome = ThreeWayMerge.merge(BASE, mine, theirs);

        assertThat(outcome).isInstanceOf(MergeOutcome.Conflicted.class);
        MergeOutcome.Conflicted conflicted = (MergeOutcome.Conflicted) outcome;
        assertThat(conflicted.conflicts()).isEqualTo(1);
        assertThat(conflicted.mine()).isEqualTo(mine);
        assertThat(conflicted.theirs()).isEqualTo(theirs);
        assertThat(conflicted.markedText()).isEqualTo("""
                # Transport

                <<<<<<< mine
                Roads will be widened by 2028.
                =======
                Roads will be widened by 2035.
                >>>>>>> theirs

                Rail links reach every district.

                Ports expand their capacity.
                """);
    }

    @Test
    void the_same_change_on_both_sides_is_not_a_conflict() {
        String both = BASE.replace("every district", "every district and town");

        assertThat(ThreeWayMerge.merge(BASE, both, both)).isEqualTo(new MergeOutcome.Clean(both));
    }

    @Test
    void the_same_change_on_both_sides_plus_a_change_on_one_side_is_clean() {
        String mine = BASE.replace("every district", "every town").replace("# Transport", "# Transport plan");
        String theirs = BASE.replace("every district", "every town");

        assertThat(ThreeWayMerge.merge(BASE, mine, theirs)).isEqualTo(new MergeOutcome.Clean(mine));
    }

    @Test
    void a_deleted_paragraph_on_one_side_merges_with_an_edit_elsewhere() {
        String mine = BASE.replace("Rail links reach every district.\n\n", "");
        String theirs = BASE.replace("Ports expand", "Ports double");

        MergeOutcome outcome = ThreeWayMerge.merge(BASE, mine, theirs);

        assertThat(outcome).isEqualTo(new MergeOutcome.Clean(
                BASE.replace("Rail links reach every district.\n\n", "").replace("Ports expand", "Ports double")));
    }

    @Test
    void a_deleted_paragraph_on_one_side_merges_with_an_edit_of_the_paragraph_above() {
        String mine = BASE.replace("Rail links reach every district.\n\n", "");
        String theirs = BASE.replace("Roads will", "Main roads will");

        MergeOutcome outcome = ThreeWayMerge.merge(BASE, mine, theirs);

        assertThat(outcome).isEqualTo(new MergeOutcome.Clean(
                BASE.replace("Rail links reach every district.\n\n", "").replace("Roads will", "Main roads will")));
    }

    @Test
    void a_new_paragraph_merges_with_an_edit_of_the_paragraph_after_it() {
        String mine = BASE.replace("Ports expand", "Bus lanes open.\n\nPorts expand");
        String theirs = BASE.replace("Ports expand", "Ports grow");

        MergeOutcome outcome = ThreeWayMerge.merge(BASE, mine, theirs);

        assertThat(outcome).isEqualTo(new MergeOutcome.Clean(BASE.replace("Ports expand", "Bus lanes open.\n\nPorts grow")));
    }

    @Test
    void a_trailing_newline_is_kept() {
        String mine = BASE.replace("# Transport", "# Mobility");
        String theirs = BASE.replace("Ports", "Harbours");

        MergeOutcome.Clean clean = (MergeOutcome.Clean) ThreeWayMerge.merge(BASE, mine, theirs);

        assertThat(clean.text()).endsWith("Harbours expand their capacity.\n").startsWith("# Mobility\n");
    }

    @Test
    void a_missing_final_newline_stays_missing() {
        String base = "Intro\n\nMiddle\n\nEnd";

        MergeOutcome outcome = ThreeWayMerge.merge(base, "Intro!\n\nMiddle\n\nEnd", "Intro\n\nMiddle\n\nThe end");

        assertThat(outcome).isEqualTo(new MergeOutcome.Clean("Intro!\n\nMiddle\n\nThe end"));
    }

    @Test
    void adding_a_paragraph_at_the_end_merges_with_an_edit_of_the_first_when_there_is_no_final_newline() {
        String base = "First.\n\nLast.";

        MergeOutcome outcome = ThreeWayMerge.merge(base, "First, edited.\n\nLast.", "First.\n\nLast.\n\nAppended.");

        assertThat(outcome).isEqualTo(new MergeOutcome.Clean("First, edited.\n\nLast.\n\nAppended."));
    }

    @Test
    void one_side_adding_a_final_newline_merges_with_an_edit_elsewhere() {
        String base = "One\n\nTwo\n\nThree";

        MergeOutcome outcome = ThreeWayMerge.merge(base, "One\n\nTwo\n\nThree\n", "One!\n\nTwo\n\nThree");

        assertThat(outcome).isEqualTo(new MergeOutcome.Clean("One!\n\nTwo\n\nThree\n"));
    }

    @Test
    void unicode_text_is_merged_unchanged() {
        String base = "แผนแม่บทอุตสาหกรรมยานยนต์\n\n製造業の競争力強化に向けた基本方針\n\nEmoji 👍🏽 🇹🇭\n";
        String mine = base.replace("ยานยนต์", "อาหาร");
        String theirs = base.replace("👍🏽", "🎉");

        assertThat(ThreeWayMerge.merge(base, mine, theirs)).isEqualTo(
                new MergeOutcome.Clean("แผนแม่บทอุตสาหกรรมอาหาร\n\n製造業の競争力強化に向けた基本方針\n\nEmoji 🎉 🇹🇭\n"));
    }

    @Test
    void each_overlapping_region_counts_as_one_conflict() {
        String mine = BASE.replace("2030", "2028").replace("capacity", "berths");
        String theirs = BASE.replace("2030", "2035").replace("capacity", "cranes");

        MergeOutcome.Conflicted conflicted = (MergeOutcome.Conflicted) ThreeWayMerge.merge(BASE, mine, theirs);

        assertThat(conflicted.conflicts()).isEqualTo(2);
        assertThat(conflicted.markedText()).contains("widened by 2028", "widened by 2035", "their berths",
                "their cranes", "<<<<<<< mine\n", "=======\n", ">>>>>>> theirs\n");
    }

    @Test
    void a_conflict_on_a_last_line_without_newline_still_puts_markers_on_their_own_lines() {
        MergeOutcome.Conflicted conflicted = (MergeOutcome.Conflicted) ThreeWayMerge.merge("a\nb", "a\nmine", "a\ntheirs");

        assertThat(conflicted.markedText()).isEqualTo("a\n<<<<<<< mine\nmine\n=======\ntheirs\n>>>>>>> theirs");
    }

    @Test
    void an_empty_base_with_two_different_texts_conflicts() {
        MergeOutcome outcome = ThreeWayMerge.merge("", "Mine.", "Theirs.");

        assertThat(outcome).isInstanceOf(MergeOutcome.Conflicted.class);
        assertThat(((MergeOutcome.Conflicted) outcome).markedText()).contains("Mine.", "Theirs.");
    }

    @Test
    void a_change_on_only_one_side_is_taken_as_it_is() {
        assertThat(ThreeWayMerge.merge(BASE, BASE, "")).isEqualTo(new MergeOutcome.Clean(""));
        assertThat(ThreeWayMerge.merge(BASE, "Rewritten.", BASE)).isEqualTo(new MergeOutcome.Clean("Rewritten."));
    }
}
