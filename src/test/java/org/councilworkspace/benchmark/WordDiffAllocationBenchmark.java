package org.councilworkspace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.councilworkspace.plan.text.WordDiff;
import org.junit.jupiter.api.Test;

/**
 * The bytes one plan-wide comparison allocates in the word diff alone, without a database or Spring: the same
 * generated 500-section plan as {@link PlanBenchmark}, every section diffed and its changed words counted as the
 * comparison does, on one thread so the figure is that thread's own count. Allocation does not depend on the
 * machine's load, so this figure can be compared between runs on a busy machine. Run with -Pbenchmark.
 */
class WordDiffAllocationBenchmark {

    private static final int WARM_UP = 30;
    private static final int ROUNDS = 20;

    @Test
    void bytes_allocated_by_the_word_diff_of_a_plan() {
        Random random = new Random(42);
        List<String> before = new ArrayList<>();
        for (int c = 0; c < PlanBenchmark.CHAPTERS; c++) {
            // A chapter has a heading and no text of its own, as in the plan the other benchmark builds.
            before.add("");
            for (int s = 0; s < PlanBenchmark.SECTIONS_PER_CHAPTER; s++) {
                before.add(PlanText.section(before.size(), random));
            }
        }
        List<String> after = before.stream().map(text -> PlanText.changeFivePercent(text, random)).toList();
        for (int i = 0; i < WARM_UP; i++) {
            comparePlan(before, after);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long words = 0;
        long start = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < ROUNDS; i++) {
            words += comparePlan(before, after);
        }
        double perPlan = (threads.getThreadAllocatedBytes(thread) - start) / (double) ROUNDS;
        System.out.printf("BENCHMARK word diff of a plan (%d sections, %,d words changed), one thread: "
                + "%.2f MB allocated per plan%n", before.size(), words / ROUNDS, perPlan / 1e6);
        assertThat(words).isPositive();
    }

    private static long comparePlan(List<String> before, List<String> after) {
        long words = 0;
        for (int i = 0; i < before.size(); i++) {
            words += WordDiff.changedWords(WordDiff.diff(before.get(i), after.get(i), Locale.ROOT));
        }
        return words;
    }
}
