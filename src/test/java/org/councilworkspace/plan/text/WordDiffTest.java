package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.plan.text.DiffSegment.Kind.DELETED;
import static org.councilworkspace.plan.text.DiffSegment.Kind.EQUAL;
import static org.councilworkspace.plan.text.DiffSegment.Kind.INSERTED;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WordDiffTest {

    private static final Locale THAI = Locale.forLanguageTag("th");

    static Stream<Arguments> textPairs() {
        return Stream.of(
                Arguments.of("", "", Locale.ENGLISH),
                Arguments.of("", "A new section.\n", Locale.ENGLISH),
                Arguments.of("An old section.\n", "", Locale.ENGLISH),
                Arguments.of("The council meets monthly.", "The council meets weekly, on Mondays.", Locale.ENGLISH),
                Arguments.of("แผนแม่บทอุตสาหกรรมยานยนต์", "แผนแม่บทอุตสาหกรรมอาหาร", THAI),
                Arguments.of("製造業の競争力強化に向けた基本方針", "製造業の生産性向上に向けた基本方針", Locale.JAPANESE),
                Arguments.of("| Goal | Year |\n|------|------|\n| Ports | 2030 |\n",
                        "| Goal | Year |\n|------|------|\n| Ports | 2032 |\n| Rail | 2035 |\n", Locale.ENGLISH),
                Arguments.of("line one\r\nline two\r\n", "line one\r\nline 2\r\n", Locale.ENGLISH),
                Arguments.of("Emoji 👍🏽 and flags 🇹🇭 stay whole", "Emoji 👎🏽 and flags 🇯🇵 stay whole", Locale.ENGLISH),
                Arguments.of("no final newline", "no final newline\n", Locale.ENGLISH),
                Arguments.of("\n\n\n", "\n \n", Locale.ENGLISH),
                Arguments.of("# Heading\n\nPara one.\n\nPara two.", "Para two.\n\n# Heading\n\nPara one.", Locale.ROOT));
    }

    @ParameterizedTest
    @MethodSource("textPairs")
    void old_and_new_text_are_rebuilt_exactly_from_the_segments(String oldText, String newText, Locale locale) {
        Reconstruction.assertRebuilds(WordDiff.diff(oldText, newText, locale), oldText, newText);
    }

    @Test
    void thai_text_is_diffed_by_word_not_by_line() {
        List<DiffSegment> segments = WordDiff.diff("แผนแม่บทอุตสาหกรรมยานยนต์", "แผนแม่บทอุตสาหกรรมอาหาร", THAI);

        assertThat(segments).containsExactly(
                new DiffSegment(EQUAL, "แผนแม่บทอุตสาหกรรม"),
                new DiffSegment(DELETED, "ยานยนต์"),
                new DiffSegment(INSERTED, "อาหาร"));
    }

    @Test
    void thai_word_in_the_middle_changes_alone() {
        List<DiffSegment> segments = WordDiff.diff("แผนแม่บทอุตสาหกรรมยานยนต์", "แผนพัฒนาอุตสาหกรรมยานยนต์", THAI);

        assertThat(segments).containsExactly(
                new DiffSegment(EQUAL, "แผน"),
                new DiffSegment(DELETED, "แม่บท"),
                new DiffSegment(INSERTED, "พัฒนา"),
                new DiffSegment(EQUAL, "อุตสาหกรรมยานยนต์"));
    }

    @Test
    void japanese_text_is_diffed_by_word_not_by_line() {
        List<DiffSegment> segments = WordDiff.diff("製造業の競争力強化に向けた基本方針", "製造業の競争力強化に向けた行動計画",
                Locale.JAPANESE);

        assertThat(segments).containsExactly(
                new DiffSegment(EQUAL, "製造業の競争力強化に向けた"),
                new DiffSegment(DELETED, "基本方針"),
                new DiffSegment(INSERTED, "行動計画"));
    }

    @Test
    void japanese_change_covers_the_icu_word_that_holds_it() {
        // ICU's dictionary keeps "に関する" as one word but splits "に向けた" into に / 向け / た; the change shows
        // exactly the tokens that differ, and the nouns around it stay equal.
        List<DiffSegment> segments = WordDiff.diff("製造業の競争力強化に向けた基本方針", "製造業の競争力強化に関する基本方針",
                Locale.JAPANESE);

        assertThat(segments).containsExactly(
                new DiffSegment(EQUAL, "製造業の競争力強化"),
                new DiffSegment(DELETED, "に向けた"),
                new DiffSegment(INSERTED, "に関する"),
                new DiffSegment(EQUAL, "基本方針"));
    }

    @Test
    void an_english_word_change_leaves_the_rest_of_the_sentence_equal() {
        List<DiffSegment> segments = WordDiff.diff("The council meets monthly in the town hall.",
                "The council meets weekly in the town hall.", Locale.ENGLISH);

        assertThat(segments).containsExactly(
                new DiffSegment(EQUAL, "The council meets "),
                new DiffSegment(DELETED, "monthly"),
                new DiffSegment(INSERTED, "weekly"),
                new DiffSegment(EQUAL, " in the town hall."));
    }

    @Test
    void neighbouring_changed_words_form_one_change_with_the_space_inside() {
        List<DiffSegment> segments = WordDiff.diff("the quick brown fox", "the slow red fox", Locale.ENGLISH);

        assertThat(segments).containsExactly(
                new DiffSegment(EQUAL, "the "),
                new DiffSegment(DELETED, "quick brown"),
                new DiffSegment(INSERTED, "slow red"),
                new DiffSegment(EQUAL, " fox"));
    }

    @Test
    void a_changed_table_cell_is_the_only_change_in_a_markdown_table() {
        String table = "| Sector | Target |\n|--------|--------|\n| Automotive | 30% |\n| Food | 12% |\n";

        List<DiffSegment> segments = WordDiff.diff(table, table.replace("12%", "15%"), Locale.ENGLISH);

        assertThat(segments).filteredOn(s -> s.kind() != EQUAL)
                .containsExactly(new DiffSegment(DELETED, "12"), new DiffSegment(INSERTED, "15"));
    }

    @Test
    void unchanged_paragraphs_stay_equal_when_another_paragraph_changes() {
        String oldText = "First paragraph stays.\n\nSecond paragraph is edited here.\n\nThird paragraph stays.\n";
        String newText = "First paragraph stays.\n\nSecond paragraph was edited here.\n\nThird paragraph stays.\n";

        List<DiffSegment> segments = WordDiff.diff(oldText, newText, Locale.ENGLISH);

        assertThat(segments).containsExactly(
                new DiffSegment(EQUAL, "First paragraph stays.\n\nSecond paragraph "),
                new DiffSegment(DELETED, "is"),
                new DiffSegment(INSERTED, "was"),
                new DiffSegment(EQUAL, " edited here.\n\nThird paragraph stays.\n"));
    }

    @Test
    void identical_texts_give_one_equal_segment_and_empty_texts_give_none() {
        assertThat(WordDiff.diff("Same text.", "Same text.", Locale.ENGLISH))
                .containsExactly(new DiffSegment(EQUAL, "Same text."));
        assertThat(WordDiff.diff("", "", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void whitespace_and_punctuation_are_tokens_of_their_own() {
        assertThat(WordDiff.tokenize("Roads, ports  and rail.\n", Locale.ENGLISH))
                .containsExactly("Roads", ",", " ", "ports", "  ", "and", " ", "rail", ".", "\n");
    }

    @Test
    void tokens_join_back_to_the_text() {
        String text = "แผนแม่บท 2030: 製造業の基本方針 — roads & rail!\n\n";

        assertThat(String.join("", WordDiff.tokenize(text, Locale.ROOT))).isEqualTo(text);
    }

    @Test
    void changed_words_counts_inserted_and_deleted_words_but_not_spaces_or_punctuation() {
        assertThat(WordDiff.changedWords(WordDiff.diff("the quick brown fox", "the slow red fox", Locale.ENGLISH)))
                .isEqualTo(4);
        assertThat(WordDiff.changedWords(WordDiff.diff("Roads and rail", "Roads and rail, and ports", Locale.ENGLISH)))
                .isEqualTo(2);
        assertThat(WordDiff.changedWords(WordDiff.diff("Roads and rail", "Roads and rail!!", Locale.ENGLISH)))
                .isZero();
        assertThat(WordDiff.changedWords(WordDiff.diff("Roads  and rail", "Roads and\nrail", Locale.ENGLISH)))
                .isZero();
        assertThat(WordDiff.changedWords(WordDiff.diff("Same.", "Same.", Locale.ENGLISH))).isZero();
    }

    @Test
    void changed_words_counts_words_in_scripts_without_spaces() {
        List<DiffSegment> segments = WordDiff.diff("製造業の競争力強化に向けた基本方針", "製造業の競争力強化に向けた方針",
                Locale.JAPANESE);

        assertThat(WordDiff.changedWords(segments)).isEqualTo(1);
    }
}
