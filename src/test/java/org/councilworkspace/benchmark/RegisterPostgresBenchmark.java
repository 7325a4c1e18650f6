package org.councilworkspace.benchmark;

import org.councilworkspace.testsupport.EmbeddedPostgresConfig;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The same register on PostgreSQL, the database for larger deployments. Run with -Pbenchmark. */
@SpringBootTest
@ActiveProfiles({"it", "demo", "pgtest"})
@Import(EmbeddedPostgresConfig.class)
class RegisterPostgresBenchmark extends RegisterBenchmarkBody {
}
