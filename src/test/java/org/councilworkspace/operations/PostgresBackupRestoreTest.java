package org.councilworkspace.operations;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.TestClockConfig;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The documented PostgreSQL backup path, end to end: {@code pg_dump --format=custom} of the running database, then
 * {@code pg_restore --no-owner} into a freshly created database. The restored database has the same rows in every
 * table and an intact audit hash chain, checked as in {@link BackupRestoreTest}.
 */
@SpringBootTest
@ActiveProfiles({"test", "pgtest"})
@Import({TestClockConfig.class, Fixtures.class, PlanFixtures.class, Postgres15Config.class})
@DirtiesContext // No other test shares this server; stop it once this class is done.
class PostgresBackupRestoreTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired CommentService comments;
    @Autowired DSLContext db;
    @Autowired EmbeddedPostgres server;

    @TempDir Path dir;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void aDumpRestoresIntoAFreshDatabaseWithTheSameRowsAndAnIntactAuditChain() throws Exception {
        long section = BackupSample.write(planFixtures, comments, db);
        PgClient client = new PgClient(server.getPort(), dir);

        // Online: pg_dump reads one consistent snapshot while the app keeps working.
        Path dump = dir.resolve("council.dump");
        client.run("pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + Postgres15Config.DATABASE);
        String fresh = Postgres15Config.DATABASE + "_restored";
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + fresh);
        }
        // --exit-on-error: by default pg_restore goes on past a failed statement.
        client.run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + fresh, dump.toString());

        try (Connection c = server.getDatabase("postgres", fresh).getConnection()) {
            // The app's settings: its generated names are upper case and must go unquoted to PostgreSQL.
            BackupSample.assertRestored(DSL.using(c, SQLDialect.POSTGRES, db.settings()), db, section);
        }
    }
}
