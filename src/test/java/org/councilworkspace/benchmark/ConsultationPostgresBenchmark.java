package org.councilworkspace.benchmark;

import org.councilworkspace.testsupport.EmbeddedPostgresConfig;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The same round on PostgreSQL. Run with -Pbenchmark. */
@SpringBootTest
@ActiveProfiles({"it", "demo", "pgtest"})
@Import(EmbeddedPostgresConfig.class)
class ConsultationPostgresBenchmark extends ConsultationBenchmarkBody {
}
