package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThreeWayMergePropertyTest {

    @Test
    void edits_to_different_paragraphs_always_merge_to_both_edits() {
        Random random = new Random(31_337L);
        for (int iteration = 0; iteration < 200; iteration++) {
            List<String> paragraphs = new ArrayList<>();
            int count = 3 + random.nextInt(12);
            for (int p = 0; p < count; p++) {
                paragraphs.add("Paragraph " + p + " says " + "something ".repeat(1 + random.nextInt(3)).trim() + ".");
            }
            List<String> mine = new ArrayList<>(paragraphs);
            List<String> theirs = new ArrayList<>(paragraphs);
            List<String> expected = new ArrayList<>(paragraphs);
            for (int p = 0; p < count; p++) {
                switch (random.nextInt(3)) {
                    case 0 -> {
                        mine.set(p, paragraphs.get(p) + " Mine " + p + ".");
                        expected.set(p, mine.get(p));
                    }
                    case 1 -> {
                        theirs.set(p, "Theirs " + p + ": " + paragraphs.get(p));
                        expected.set(p, theirs.get(p));
                    }
                    default -> {
                    }
                }
            }
            String ending = random.nextBoolean() ? "\n" : "";
            String base = String.join("\n\n", paragraphs) + ending;

            MergeOutcome outcome = ThreeWayMerge.merge(base, String.join("\n\n", mine) + ending,
                    String.join("\n\n", theirs) + ending);

            assertThat(outcome).as("iteration %d", iteration)
                    .isEqualTo(new MergeOutcome.Clean(String.join("\n\n", expected) + ending));
        }
    }
}
