package org.councilworkspace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.AUDIT_EVENT;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.SectionDraft;
import org.councilworkspace.security.LoginThrottle;
import org.councilworkspace.security.SignInAttempted;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * 1,000 failed sign-ins in 10 seconds (from 20 addresses, against 40 account names, some real) while a member
 * saves sections: the save latency quietly, during the flood as sign-in handles it now (failures counted and
 * written as summaries), and during the same flood written one audit entry per attempt, as before. The flood's
 * addresses have tripped the throttle beforehand (untimed), as they would a minute into a real flood: the attempts
 * then cost no password hashing, and what is left to compare is their audit writing. Run with -Pbenchmark.
 */
@SpringBootTest
@ActiveProfiles({"it", "demo"})
class SignInFloodBenchmark {

    static final int ATTEMPTS = 1_000;
    static final long FLOOD_MILLIS = 10_000;
    static final int ADDRESSES = 20;

    @Autowired AuthenticationProvider signIn;
    @Autowired AuditService audit;
    @Autowired LoginThrottle throttle;
    @Autowired PlanService plans;
    @Autowired OutlineService outline;
    @Autowired DraftingService drafting;
    @Autowired DSLContext db;

    @Test
    void saves_during_a_flood_of_failed_sign_ins() throws Exception {
        TestUser secretariat = demoUser("pranee");
        long planId = AsUser.call(secretariat, () -> plans.createPlan(1, new NewPlan("Flood benchmark plan", 2037, 2041, null)));
        long section = AsUser.call(secretariat, () -> outline.addSection(planId, null, "Section under edit"));
        Runnable save = () -> AsUser.call(secretariat, () -> {
            SectionDraft draft = drafting.section(section);
            return drafting.save(section, draft.revisionId(), draft.text() + " More words.", null);
        });
        for (int i = 0; i < 30; i++) {
            save.run();
        }

        double[] quiet = savesFor(FLOOD_MILLIS, save, () -> { });
        long auditBefore = auditEntries();
        double[] flood = savesFor(FLOOD_MILLIS, save, () -> flood("now", (user, address) -> attempt(user, address)));
        long auditAggregated = auditEntries() - auditBefore;
        auditBefore = auditEntries();
        double[] perAttempt = savesFor(FLOOD_MILLIS, save, () -> flood("before", (user, address) -> {
            attempt(user, address);
            audit.record(new SignInAttempted(null, user, SignInAttempted.FAILED, address));
        }));
        long auditPerAttempt = auditEntries() - auditBefore;

        print("saves, quiet", quiet);
        print("saves, 1,000 failed sign-ins in 10 s, summarised", flood);
        print("saves, same flood, one audit entry per attempt", perAttempt);
        System.out.printf("BENCHMARK audit entries written during the flood: summarised %d (and the rest at the next "
                + "flush, at most 51 a minute), one per attempt %d%n", auditAggregated, auditPerAttempt);
        System.out.printf("BENCHMARK save p95 during the flood / quiet: %.2f (summarised), %.2f (one entry per attempt)%n",
                flood[1] / quiet[1], perAttempt[1] / quiet[1]);
        assertThat(flood[1]).isPositive();
    }

    /** Saves one after another while {@code background} runs; p50, p95, max in ms and the count. */
    private double[] savesFor(long millis, Runnable save, Runnable background) throws Exception {
        Thread flood = new Thread(background, "flood");
        flood.start();
        List<Double> times = new ArrayList<>();
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            save.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        flood.join();
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1], sorted.length};
    }

    /** 1,000 attempts spread evenly over 10 s, on 8 threads, like many browsers at once. */
    private void flood(String round, BiConsumer<String, String> attempt) {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(8);
        AtomicInteger done = new AtomicInteger();
        String[] names = {"pranee", "somchai", "admin", "kittisak"};
        for (int a = 0; a < ADDRESSES; a++) {
            for (int i = 0; i < 30; i++) {
                throttle.recordFailure("warm-up-" + i, address(round, a));
            }
        }
        for (int i = 0; i < ATTEMPTS; i++) {
            int n = i;
            pool.schedule(() -> {
                String user = n % 10 == 0 ? names[n % names.length] : "guess-" + round + "-" + (n % 40);
                attempt.accept(user, address(round, n % ADDRESSES));
                done.incrementAndGet();
            }, n * FLOOD_MILLIS / ATTEMPTS, TimeUnit.MILLISECONDS);
        }
        pool.shutdown();
        try {
            pool.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.printf("BENCHMARK flood '%s': %d attempts%n", round, done.get());
    }

    private static String address(String round, int n) {
        return "198.51." + round.length() + "." + n;
    }

    private void attempt(String user, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, "not the password " + address);
        token.setDetails(new WebAuthenticationDetails(address, null));
        try {
            signIn.authenticate(token);
        } catch (AuthenticationException expected) {
            // Every attempt fails: wrong password, unknown account, or throttled.
        }
    }

    private long auditEntries() {
        return db.fetchCount(AUDIT_EVENT);
    }

    private static void print(String name, double[] figures) {
        System.out.printf("BENCHMARK %-55s p50 %8.1f ms   p95 %8.1f ms   max %8.1f ms   (%d saves)%n", name,
                figures[0], figures[1], figures[2], (int) figures[3]);
    }

    private TestUser demoUser(String username) {
        long id = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle().value1();
        return new TestUser(id, username, false);
    }
}
