package org.councilworkspace.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The same as {@link ServiceTest}, on a real embedded PostgreSQL. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"test", "pgtest"})
@Import({TestClockConfig.class, Fixtures.class, PlanFixtures.class, EmbeddedPostgresConfig.class, QueryCounter.class})
public @interface PostgresServiceTest {
}
