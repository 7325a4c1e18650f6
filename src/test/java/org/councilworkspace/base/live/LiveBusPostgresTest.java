package org.councilworkspace.base.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    private static final Duration WITHIN = Duration.ofSeconds(5);

    @Autowired LiveBus bus;
    @Autowired DSLContext db;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void newsReachesAnotherNodeAfterCommitOnly() {
        assertThat(bus).isInstanceOf(PostgresLiveBus.class);
        try (PostgresLiveBus otherNode = new PostgresLiveBus(db, dataSource)) {
            List<String> heard = new CopyOnWriteArrayList<>();
            otherNode.subscribe("test-topic", heard::add);
            // The other node listens once its own connection has run LISTEN: until it hears something, it may not.
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).until(() -> {
                bus.publish("test-topic", "ready");
                return heard.contains("ready");
            });
            await().atMost(WITHIN).until(() -> {
                heard.removeIf("ready"::equals);
                return heard.isEmpty();
            });
            TransactionTemplate tx = new TransactionTemplate(transactions);
            tx.executeWithoutResult(s -> {
                bus.publish("test-topic", "17 42");
                await().during(Duration.ofMillis(800)).atMost(WITHIN).until(heard::isEmpty);
            });
            await().atMost(WITHIN).until(() -> heard.contains("17 42"));
            tx.executeWithoutResult(s -> {
                bus.publish("test-topic", "rolled back");
                s.setRollbackOnly();
            });
            bus.publish("test-topic", "after");
            await().atMost(WITHIN).until(() -> heard.contains("after"));
            assertThat(heard).containsExactly("17 42", "after");
        }
    }
}
