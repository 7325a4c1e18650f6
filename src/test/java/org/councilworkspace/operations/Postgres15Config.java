package org.councilworkspace.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The app on a PostgreSQL 15 server, not the 17 of the other PostgreSQL tests: pg_dump refuses servers newer
 * than itself, and the client packaged for the build machines is 15. The server is stopped with the context.
 */
@TestConfiguration
class Postgres15Config {

    /** Where the build copies the binaries jar (see the pom). */
    static final String BINARIES_PROPERTY = "council.test.postgres15-binaries";

    /** The app's database, as in the documented backup commands. */
    static final String DATABASE = "council";

    @Bean
    EmbeddedPostgres postgres15() throws IOException {
        String jar = System.getProperty(BINARIES_PROPERTY);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("No PostgreSQL 15 binaries at " + BINARIES_PROPERTY + "=" + jar
                    + ": run the tests through the Maven build, which copies them in generate-test-resources");
        }
        return EmbeddedPostgres.builder().setPgBinaryResolver(new JarPgBinaries(Path.of(jar))).start();
    }

    @Bean
    @Primary
    DataSource postgres15DataSource(EmbeddedPostgres server) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + DATABASE);
        }
        return server.getDatabase("postgres", DATABASE);
    }
}
