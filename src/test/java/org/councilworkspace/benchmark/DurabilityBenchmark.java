package org.councilworkspace.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Durable commits on an H2 file database, as the app runs by default. Before: WRITE_DELAY 500 (H2's default, the
 * app's before the change); after: WRITE_DELAY 0. It is a setting of the whole database. Run with -Pbenchmark.
 */
@SpringBootTest
@ActiveProfiles("it")
class DurabilityBenchmark extends DurabilityBenchmarkBody {

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry registry) throws Exception {
        Path folder = Files.createTempDirectory("durability-benchmark");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("council").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
    }

    @Override
    String database() {
        return "H2 file";
    }

    @Override
    void asBeforeEverywhere() {
        db.execute("SET WRITE_DELAY 500");
    }

    @Override
    void asBeforeInTransaction() {
        // A setting of the database, not of a transaction: set once above.
    }

    @Override
    void durable() {
        db.execute("SET WRITE_DELAY 0");
    }
}
