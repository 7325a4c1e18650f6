package org.councilworkspace.benchmark;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The register benchmark on the embedded H2 database. Run with -Pbenchmark. */
@SpringBootTest
@ActiveProfiles({"it", "demo"})
class RegisterBenchmark extends RegisterBenchmarkBody {
}
