package org.councilworkspace.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.councilworkspace.testsupport.PostgresServiceTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two app nodes on one PostgreSQL: news crosses only after the writer commits, and never after a rollback. */
@PostgresServiceTest
class LiveBusPostgresTest {

    @Autowired LiveBus bus;
    @Autowired DSLContext db;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void newsReachesAnotherNodeAfterCommitOnly() throws Exception {
        assertThat(bus).isInstanceOf(PostgresLiveBus.class);
        try (PostgresLiveBus otherNode = new PostgresLiveBus(db, dataSource)) {
            List<String> heard = new CopyOnWriteArrayList<>();
            otherNode.subscribe("test-topic", heard::add);
            Thread.sleep(700);
            TransactionTemplate tx = new TransactionTemplate(transactions);
            tx.executeWithoutResult(s -> {
                bus.publish("test-topic", "17 42");
                sleep(800);
                assertThat(heard).as("nothing before the commit").isEmpty();
            });
            waitFor(() -> heard.contains("17 42"));
            tx.executeWithoutResult(s -> {
                bus.publish("test-topic", "rolled back");
                s.setRollbackOnly();
            });
            bus.publish("test-topic", "after");
            waitFor(() -> heard.contains("after"));
            assertThat(heard).containsExactly("17 42", "after");
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
