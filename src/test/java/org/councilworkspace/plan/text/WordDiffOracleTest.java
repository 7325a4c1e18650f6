package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.councilworkspace.plan.text.DiffSegment.Kind;
import org.junit.jupiter.api.Test;

/**
 * The diff that works on places in the text must give what the diff of substrings gave, segment for segment and
 * word count for word count: multi-paragraph texts in English, Thai and Japanese (and mixed), edited by word and
 * by paragraph, many diffs one after another on one thread so each reuses what the last one left in its arrays.
 */
class WordDiffOracleTest {

    private static final String[] ENGLISH = {"council", "plan", "Roads", "rail", "2030", "don't", "3.5", "1,000",
            "the", "a", "café", "naïve", "x_y", "—", ",", ".", "(", ")", "&", "<b>", "e\u0301t", "👍🏽"};
    private static final String[] THAI = {"ยานยนต์", "อุตสาหกรรม", "แผน", "การ", "พัฒนา", "เศรษฐกิจ", "ชุมชน", "ปี",
            "ร้อยละ", "2030", ",", "ๆ"};
    private static final String[] JAPANESE = {"製造業", "の", "競争力", "強化", "に", "向けた", "基本方針", "を", "、", "。",
            "サプライチェーン", "人材", "2030", "年度"};
    private static final Locale[] LOCALES = {Locale.ROOT, Locale.forLanguageTag("th"), Locale.JAPANESE};

    @Test
    void random_multi_paragraph_texts_in_three_scripts_give_the_substring_diffs_segments_and_counts() {
        Random random = new Random(20_261_207L);
        for (int text = 0; text < 60; text++) {
            List<List<String>> paragraphs = new ArrayList<>();
            for (int p = 1 + random.nextInt(6); p > 0; p--) {
                paragraphs.add(words(random, vocabulary(random), 1 + random.nextInt(80)));
            }
            String separator = random.nextInt(4) == 0 ? "\r\n\r\n" : random.nextBoolean() ? "\n\n" : "\n";
            String oldText = render(paragraphs, separator, random.nextBoolean());
            for (int iteration = 0; iteration < 15; iteration++) {
                String newText = render(edit(paragraphs, random), separator, random.nextBoolean());
                Locale locale = LOCALES[random.nextInt(LOCALES.length)];
                assertSameAsOracle(oldText, newText, locale);
                assertSameAsOracle(newText, oldText, locale);
            }
        }
    }

    @Test
    void texts_longer_than_the_kept_working_arrays_give_the_substring_diffs_segments() {
        Random random = new Random(5L);
        List<List<String>> paragraphs = new ArrayList<>();
        for (int p = 0; p < 100; p++) {
            paragraphs.add(words(random, ENGLISH, 120));
        }
        String oldText = render(paragraphs, "\n\n", true);
        assertThat(oldText.length()).isGreaterThan(40_000);
        assertSameAsOracle(oldText, render(edit(paragraphs, random), "\n\n", true), Locale.ROOT);
        // And a small diff right after, on the arrays the long one did not keep.
        assertSameAsOracle("the plan, 2030", "the new plan, 2031", Locale.ROOT);
    }

    @Test
    void a_text_added_or_removed_whole_is_the_text_itself_not_a_copy() {
        String text = "A plan.\n\nWith two paragraphs.";
        assertThat(WordDiff.diff("", text, Locale.ROOT)).singleElement()
                .satisfies(s -> assertThat(s.text()).isSameAs(text));
        assertThat(WordDiff.diff(text, "", Locale.ROOT)).singleElement()
                .satisfies(s -> assertThat(s.text()).isSameAs(text));
        assertThat(WordDiff.diff(text, text, Locale.ROOT)).singleElement()
                .satisfies(s -> assertThat(s.text()).isSameAs(text));
    }

    private static void assertSameAsOracle(String oldText, String newText, Locale locale) {
        List<DiffSegment> segments = WordDiff.diff(oldText, newText, locale);
        assertThat(segments).as("diff of %s -> %s", oldText, newText)
                .isEqualTo(StraightforwardWordDiff.diff(oldText, newText, locale));
        Reconstruction.assertRebuilds(segments, oldText, newText);
        assertThat(WordDiff.changedWords(segments, locale)).isEqualTo(countedBySubstrings(segments, locale));
        assertThat(String.join("", WordDiff.tokenize(newText, locale))).isEqualTo(newText);
    }

    /** The word count as it was taken before: every changed segment split into substrings, the words counted. */
    private static int countedBySubstrings(List<DiffSegment> segments, Locale locale) {
        int count = 0;
        for (DiffSegment segment : segments) {
            if (segment.kind() != Kind.EQUAL) {
                count += (int) new Tokens(locale).split(segment.text()).stream().filter(Tokens::isWord).count();
            }
        }
        return count;
    }

    private static List<List<String>> edit(List<List<String>> paragraphs, Random random) {
        List<List<String>> edited = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            edited.add(new ArrayList<>(paragraph));
        }
        for (int e = 1 + random.nextInt(10); e > 0; e--) {
            List<String> paragraph = edited.get(random.nextInt(edited.size()));
            int at = random.nextInt(paragraph.size() + 1);
            switch (random.nextInt(6)) {
                case 0 -> edited.add(random.nextInt(edited.size() + 1), words(random, vocabulary(random), 5));
                case 1 -> {
                    if (edited.size() > 1) {
                        edited.remove(paragraph);
                    }
                }
                case 2 -> paragraph.add(at, word(random, vocabulary(random)));
                case 3 -> {
                    if (at < paragraph.size() && paragraph.size() > 1) {
                        paragraph.remove(at);
                    }
                }
                default -> {
                    if (at < paragraph.size()) {
                        paragraph.set(at, word(random, vocabulary(random)));
                    }
                }
            }
        }
        return edited;
    }

    /** Words joined with spaces, or without for scripts that do not use them; paragraphs by the separator. */
    private static String render(List<List<String>> paragraphs, String separator, boolean spaces) {
        List<String> rendered = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            boolean english = paragraph.stream().anyMatch(w -> List.of(ENGLISH).contains(w));
            rendered.add(String.join(spaces || english ? " " : "", paragraph));
        }
        return String.join(separator, rendered);
    }

    private static String[] vocabulary(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> THAI;
            case 1 -> JAPANESE;
            default -> ENGLISH;
        };
    }

    private static List<String> words(Random random, String[] vocabulary, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // One word in ten from another script: real plans quote names and figures in other scripts.
            words.add(word(random, random.nextInt(10) == 0 ? vocabulary(random) : vocabulary));
        }
        return words;
    }

    private static String word(Random random, String[] vocabulary) {
        return vocabulary[random.nextInt(vocabulary.length)];
    }
}
