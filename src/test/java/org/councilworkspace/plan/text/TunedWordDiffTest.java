package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word diff tuned for long plans must show exactly what the straightforward one showed, in every script. */
class TunedWordDiffTest {

    private static final String[] VOCABULARY = {"council", "plan", "Roads", "rail", "2030", "don't", "3.5", "1,000",
            "the", "a", "café", "e\u0301t\u0301", "naïve", "_id", "x_y", "Ärger", "ยานยนต์", "製造業", "の", "—", ",", ".",
            "'", "’", "\n", "\n\n", "\r\n", "  ", "\t", " \t ", "👍🏽", "|", "&", "<b>", "(", ")", "#", "-", "Ω", "١٢٣"};

    @Test
    void random_edits_in_many_scripts_give_the_same_segments_as_the_straightforward_diff() {
        Random random = new Random(20_261_206L);
        for (int text = 0; text < 40; text++) {
            List<String> original = words(random, 50 + random.nextInt(300));
            String oldText = String.join(random.nextBoolean() ? " " : "", original);
            for (int iteration = 0; iteration < 25; iteration++) {
                List<String> edited = new ArrayList<>(original);
                for (int e = 1 + random.nextInt(15); e > 0; e--) {
                    int at = random.nextInt(edited.size());
                    switch (random.nextInt(3)) {
                        case 0 -> edited.set(at, word(random));
                        case 1 -> edited.add(at, word(random));
                        default -> edited.remove(at);
                    }
                }
                String newText = String.join(random.nextBoolean() ? " " : "", edited);
                assertSame(oldText, newText, random.nextBoolean() ? Locale.ROOT : Locale.forLanguageTag("th"));
            }
        }
    }

    @Test
    void a_long_plan_with_one_word_in_twenty_changed_gives_the_same_segments_as_the_straightforward_diff() {
        Random random = new Random(42);
        String[] english = "the council supports investment in electric vehicles batteries charging suppliers skills"
                .split(" ");
        for (int section = 0; section < 60; section++) {
            StringBuilder text = new StringBuilder();
            for (int paragraph = 0; paragraph < 5; paragraph++) {
                for (int word = 0; word < 50; word++) {
                    text.append(english[random.nextInt(english.length)]).append(word == 49 ? ".\n\n" : " ");
                }
            }
            String oldText = text.toString().strip();
            String[] words = oldText.split(" ", -1);
            for (int i = 0; i < words.length; i++) {
                if (random.nextInt(20) == 0 && !words[i].contains("\n")) {
                    words[i] = english[random.nextInt(english.length)] + "s";
                }
            }
            assertSame(oldText, String.join(" ", words), Locale.ROOT);
        }
    }

    @Test
    void texts_added_or_removed_whole_give_the_same_segments_as_the_straightforward_diff() {
        String text = "A plan, with 1,000 words — and don't forget the ยานยนต์ section.\r\n\r\n製造業の基本方針";
        assertSame("", text, Locale.ROOT);
        assertSame(text, "", Locale.ROOT);
        assertSame(text, text, Locale.ROOT);
    }

    private static void assertSame(String oldText, String newText, Locale locale) {
        List<DiffSegment> tuned = WordDiff.diff(oldText, newText, locale);
        assertThat(tuned).as("diff of %s -> %s", oldText, newText)
                .isEqualTo(StraightforwardWordDiff.diff(oldText, newText, locale));
        Reconstruction.assertRebuilds(tuned, oldText, newText);
    }

    private static List<String> words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(word(random));
        }
        return words;
    }

    private static String word(Random random) {
        return VOCABULARY[random.nextInt(VOCABULARY.length)];
    }
}
