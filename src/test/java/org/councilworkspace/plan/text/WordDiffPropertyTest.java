package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordDiffPropertyTest {

    private static final String[] VOCABULARY = {"council", "plan", "roads", "rail", "ports", "budget", "2030", "goal",
            "the", "and", "of", "a", "target", "growth", "ยานยนต์", "อุตสาหกรรม", "製造業", "基本方針", "の", "—", ",", ".",
            "\n", "\n\n", "  ", "👍🏽", "|", "&", "<b>"};

    @Test
    void random_word_edits_always_rebuild_both_texts_exactly() {
        Random random = new Random(20_240_917L);
        List<String> original = randomWords(random, 200);
        String oldText = String.join(" ", original);
        for (int iteration = 0; iteration < 300; iteration++) {
            List<String> edited = new ArrayList<>(original);
            int edits = 1 + random.nextInt(12);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(edited.size());
                switch (random.nextInt(3)) {
                    case 0 -> edited.set(at, word(random));
                    case 1 -> edited.add(at, word(random));
                    default -> edited.remove(at);
                }
            }
            String newText = String.join(random.nextBoolean() ? " " : "", edited);

            List<DiffSegment> segments = WordDiff.diff(oldText, newText, Locale.ROOT);

            Reconstruction.assertRebuilds(segments, oldText, newText);
            assertThat(WordDiff.changedWords(segments)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void a_single_replaced_word_is_the_only_change_for_any_position() {
        Random random = new Random(7L);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            words.add("w" + i);
        }
        String oldText = String.join(" ", words);
        for (int iteration = 0; iteration < 100; iteration++) {
            int at = random.nextInt(words.size());
            List<String> edited = new ArrayList<>(words);
            edited.set(at, "changed");

            List<DiffSegment> segments = WordDiff.diff(oldText, String.join(" ", edited), Locale.ENGLISH);

            assertThat(segments).filteredOn(s -> s.kind() != DiffSegment.Kind.EQUAL).containsExactly(
                    new DiffSegment(DiffSegment.Kind.DELETED, "w" + at),
                    new DiffSegment(DiffSegment.Kind.INSERTED, "changed"));
            assertThat(WordDiff.changedWords(segments)).isEqualTo(2);
        }
    }

    private static List<String> randomWords(Random random, int count) {
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
