package org.councilworkspace.benchmark;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The consultation benchmark on the embedded H2 database. Run with -Pbenchmark. */
@SpringBootTest
@ActiveProfiles({"it", "demo"})
class ConsultationBenchmark extends ConsultationBenchmarkBody {
}
