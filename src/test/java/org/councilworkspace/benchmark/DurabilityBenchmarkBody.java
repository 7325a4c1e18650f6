package org.councilworkspace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.SaveOutcome;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What durable commits cost a section save (the drafting service's path, as the editor calls it): the same app,
 * database and section, timed with commits as they were before (H2 writing every 500 ms, PostgreSQL with
 * synchronous_commit off) and as they are now, in one run.
 */
@Import({Fixtures.class, PlanFixtures.class})
abstract class DurabilityBenchmarkBody {

    static final int WARM_UP = 50;
    static final int RUNS = 200;

    @Autowired PlanFixtures planFixtures;
    @Autowired DraftingService drafting;
    @Autowired TransactionTemplate transactions;
    @Autowired DSLContext db;

    private final AtomicInteger counter = new AtomicInteger();

    /** The database's name in the figures. */
    abstract String database();

    /** Makes commits as they were before, for the whole database (H2). */
    abstract void asBeforeEverywhere();

    /** Makes this transaction's commit as it was before (PostgreSQL). */
    abstract void asBeforeInTransaction();

    /** Makes commits durable again, as the app has them. */
    abstract void durable();

    /**
     * The two ways alternate save by save (after a warm-up of both), so a busy machine slows both alike; each
     * switch happens outside the timed part.
     */
    @Test
    void section_save_with_and_without_durable_commits() {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Benchmark section");
        AtomicLong base = new AtomicLong(((SaveOutcome.Saved) planFixtures.write(w.lead(), section, "First text."))
                .revision().id());
        double[] old = new double[RUNS];
        double[] now = new double[RUNS];
        for (int i = -WARM_UP; i < RUNS; i++) {
            asBeforeEverywhere();
            long start = System.nanoTime();
            save(w, section, base, true);
            double oldMillis = (System.nanoTime() - start) / 1e6;
            durable();
            start = System.nanoTime();
            save(w, section, base, false);
            double nowMillis = (System.nanoTime() - start) / 1e6;
            if (i >= 0) {
                old[i] = oldMillis;
                now[i] = nowMillis;
            }
        }
        double[] before = print("section save, " + database() + ", before (commit not waited for)", old);
        double[] after = print("section save, " + database() + ", after (durable commit)", now);
        assertThat(before[1]).isPositive();
        assertThat(after[1]).isPositive();
    }

    /** p50, p95 and max, printed as {@link Figures} prints them. */
    private static double[] print(String name, double[] millis) {
        Arrays.sort(millis);
        int runs = millis.length;
        double[] result = {millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1], millis[runs - 1]};
        System.out.printf("BENCHMARK %-55s p50 %8.1f ms   p95 %8.1f ms   max %8.1f ms   (%d runs)%n", name,
                result[0], result[1], result[2], runs);
        return result;
    }

    private SaveOutcome save(PlanWorld w, long section, AtomicLong base, boolean asBefore) {
        String text = "Text of the benchmark section, save " + counter.incrementAndGet() + ".";
        SaveOutcome outcome = transactions.execute(status -> {
            if (asBefore) {
                asBeforeInTransaction();
            }
            return AsUser.call(w.lead(), () -> drafting.save(section, base.get(), text, null));
        });
        base.set(((SaveOutcome.Saved) outcome).revision().id());
        return outcome;
    }
}
