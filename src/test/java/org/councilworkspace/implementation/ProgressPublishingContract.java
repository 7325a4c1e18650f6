package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.PROGRESS_KPI;
import static org.councilworkspace.db.Tables.PROGRESS_KPI_TARGET;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanStatus;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a publication stores its KPIs (by their place, never by a register id) and how two publications of one plan
 * made at the same moment are kept apart; on H2 and PostgreSQL.
 */
abstract class ProgressPublishingContract {

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired ProgressTracker tracker;
    @Autowired MutableClock clock;
    @Autowired DSLContext db;
    @Autowired PlatformTransactionManager transactions;

    RegisterWorld w;
    LocalDate today;

    @BeforeEach
    void world() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
        today = LocalDate.now(clock);
        db.update(MASTER_PLAN).set(MASTER_PLAN.STATUS, PlanStatus.ADOPTED.name())
                .where(MASTER_PLAN.ID.eq(w.plan.planId())).execute();
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private long publish(TestUser who, String reason) {
        return AsUser.call(who, () -> tracker.publish(w.plan.planId(), new ProgressRequest(today, reason)));
    }

    @Test
    void each_kpi_is_published_with_its_place_in_the_publication_and_among_its_measures_kpis() {
        AsUser.run(w.plan.secretariat(), () -> {
            register.addKpi(w.measureId, new NewKpi("EV chargers installed", "units", w.year - 2, BigDecimal.ZERO,
                    Direction.INCREASE, "Energy office", ReportingFrequency.ANNUAL,
                    List.of(new KpiTarget(w.year + 1, new BigDecimal("500")))));
            long skills = register.createMeasure(w.plan.planId(), w.measure(w.otherSectionId));
            register.addKpi(skills, w.evShare());
        });
        long id = publish(w.plan.secretariat(), null);

        List<ProgressKpi> kpis = tracker.current(w.plan.planId()).kpis();

        assertThat(kpis).extracting(ProgressKpi::position, ProgressKpi::measurePosition, ProgressKpi::placeInMeasure)
                .containsExactly(tuple(1, 1, 1),
                        tuple(2, 1, 2), tuple(3, 2, 1));
        assertThat(kpis).extracting(k -> k.kpi().name()).containsExactly("EV share of production",
                "EV chargers installed", "EV share of production");
        assertThat(kpis.get(1).kpi().targets()).extracting(KpiTarget::year).containsExactly(w.year + 1);
        assertThat(kpis).allSatisfy(k -> assertThat(k.kpi().id()).as("no register id").isZero());
        assertThat(db.selectDistinct(PROGRESS_KPI_TARGET.KPI_POSITION).from(PROGRESS_KPI_TARGET)
                .where(PROGRESS_KPI_TARGET.PUBLICATION_ID.eq(id)).orderBy(PROGRESS_KPI_TARGET.KPI_POSITION)
                .fetch(PROGRESS_KPI_TARGET.KPI_POSITION)).containsExactly(1, 2, 3);
        assertThat(db.select(PROGRESS_KPI.PLACE_IN_MEASURE).from(PROGRESS_KPI).where(PROGRESS_KPI.PUBLICATION_ID.eq(id))
                .orderBy(PROGRESS_KPI.POSITION).fetch(PROGRESS_KPI.PLACE_IN_MEASURE)).containsExactly(1, 2, 1);
    }

    @Test
    void a_second_publisher_waits_for_the_first_to_commit_and_is_judged_against_its_publication() throws Exception {
        CountDownLatch firstHasPublished = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // The first publisher keeps its transaction open until the second one is seen waiting for it.
            Future<Long> first = threads.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                long id = publish(w.plan.secretariat(), null);
                firstHasPublished.countDown();
                awaitLatch(firstMayCommit);
                return id;
            }));
            assertThat(firstHasPublished.await(20, TimeUnit.SECONDS)).isTrue();
            // The same day again is a correction: only right if the second publisher sees the first publication.
            Future<Long> second = threads.submit(() -> publish(w.plan.chair(), "Counted twice in the first"));
            await().atMost(Duration.ofSeconds(8)).until(() -> sessionsWaitingForALock() > 0);
            firstMayCommit.countDown();
            long firstId = first.get(20, TimeUnit.SECONDS);
            long secondId = second.get(20, TimeUnit.SECONDS);

            List<ProgressPublication> all = tracker.publications(w.plan.planId());
            assertThat(all).extracting(ProgressPublication::id).containsExactly(secondId, firstId);
            assertThat(all.get(0).correctsId()).isEqualTo(firstId);
            assertThat(tracker.publication(w.plan.planId(), firstId).kpis()).hasSize(1);
            assertThat(tracker.publication(w.plan.planId(), secondId).kpis()).hasSize(1);
        } finally {
            firstMayCommit.countDown();
            threads.shutdownNow();
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The second publisher never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sessions of the database waiting for a lock another holds, asked from a connection of its own. */
    private int sessionsWaitingForALock() {
        String sql = db.dialect().family() == SQLDialect.POSTGRES
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        return ((Number) db.fetchValue(sql)).intValue();
    }
}
