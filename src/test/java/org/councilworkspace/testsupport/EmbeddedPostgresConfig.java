package org.councilworkspace.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL 17, started from the test class path once per JVM, so every migration and query
 * that passes on H2 is also proven on PostgreSQL.
 */
@TestConfiguration
public class EmbeddedPostgresConfig {

    private static EmbeddedPostgres postgres;

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is ending anyway.
                }
            }));
        }
        return postgres;
    }

    @Bean
    @Primary
    DataSource embeddedPostgresDataSource() {
        return postgres().getPostgresDatabase();
    }
}
