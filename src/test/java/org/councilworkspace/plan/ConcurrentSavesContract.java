package org.councilworkspace.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Twenty people save one section fifty times each, at once, every one from the revision they last saw.
 * Each thread owns one paragraph. Every save must become a revision or be reported as a conflict (or be
 * recognised as already there), and the final text must hold every thread's last saved paragraph.
 */

abstract class ConcurrentSavesContract {

    private static final int THREADS = 20;
    private static final int SAVES = 50;

    @Autowired PlanFixtures planFixtures;
    @Autowired DraftingService drafting;

    @Test
    void twenty_threads_times_fifty_saves_lose_no_text() throws Exception {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Shared section");
        String initial = IntStream.range(0, THREADS).mapToObj(t -> "Paragraph of thread " + t + ", save -1.")
                .collect(Collectors.joining("\n\n"));
        planFixtures.write(w.lead(), section, initial);
        TestUser[] people = {w.lead(), w.chair(), w.secretariat()};
        AtomicInteger revisions = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        String[] lastSaved = new String[THREADS];

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> AsUser.run(people[thread % people.length], () -> {
                for (int i = 0; i < SAVES; i++) {
                    SectionDraft seen = drafting.section(section);
                    String mine = "Paragraph of thread " + thread + ", save " + i + ".";
                    String text = replaceParagraph(seen.text(), thread, mine);
                    SaveOutcome outcome = drafting.save(section, seen.revisionId(), text, null);
                    if (outcome instanceof SaveOutcome.Saved || outcome instanceof SaveOutcome.Merged) {
                        revisions.incrementAndGet();
                        lastSaved[thread] = mine;
                    } else if (outcome instanceof SaveOutcome.Conflict) {
                        conflicts.incrementAndGet();
                    } else {
                        unchanged.incrementAndGet();
                    }
                }
            })));
        }
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(revisions.get() + conflicts.get() + unchanged.get()).isEqualTo(THREADS * SAVES);
        int stored = AsUser.call(w.lead(), () -> drafting.countHistory(section));
        assertThat(stored).as("one revision per successful save, plus the first").isEqualTo(revisions.get() + 1);
        String finalText = AsUser.call(w.lead(), () -> drafting.section(section)).text();
        for (int t = 0; t < THREADS; t++) {
            if (lastSaved[t] != null) {
                assertThat(finalText).as("thread %d's last saved paragraph", t).contains(lastSaved[t]);
            }
        }
        assertThat(finalText.split("\n\n")).hasSize(THREADS);
    }

    private static String replaceParagraph(String text, int thread, String replacement) {
        String[] paragraphs = text.split("\n\n");
        for (int i = 0; i < paragraphs.length; i++) {
            if (paragraphs[i].startsWith("Paragraph of thread " + thread + ",")) {
                paragraphs[i] = replacement;
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
