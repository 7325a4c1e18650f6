package org.councilworkspace.benchmark;

import org.councilworkspace.testsupport.EmbeddedPostgresConfig;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Durable commits on PostgreSQL through the app's own connection pool. Before: synchronous_commit off (as on a
 * server tuned that way, which the app used to inherit); after: on, as the app now sets it. Run with -Pbenchmark.
 */
@SpringBootTest
@ActiveProfiles({"it", "pgtest"})
class DurabilityPostgresBenchmark extends DurabilityBenchmarkBody {

    @DynamicPropertySource
    static void pooledPostgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> EmbeddedPostgresConfig.postgres().getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Override
    String database() {
        return "PostgreSQL 17";
    }

    @Override
    void asBeforeEverywhere() {
        // The pool's connections have synchronous_commit on from their init SQL; each "before" save turns it off.
    }

    @Override
    void asBeforeInTransaction() {
        // Only inside the save's transaction: its commit is then not waited for, as with the setting off.
        db.execute("SET LOCAL synchronous_commit = off");
    }

    @Override
    void durable() {
        // Nothing to undo: SET LOCAL ended with each transaction.
    }
}
