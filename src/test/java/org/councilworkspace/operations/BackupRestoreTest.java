package org.councilworkspace.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.h2.tools.Restore;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The documented H2 backup path, end to end: the running database is scripted out, loaded into a database file,
 * that file is backed up with {@code BACKUP TO}, and the backup is restored into a fresh directory. The restored
 * database has the same rows in every table and an intact audit hash chain.
 */
@ServiceTest
class BackupRestoreTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired CommentService comments;
    @Autowired DSLContext db;

    @TempDir Path dir;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void aBackupRestoresIntoAFreshDatabaseWithTheSameRowsAndAnIntactAuditChain() throws Exception {
        long section = BackupSample.write(planFixtures, comments, db);

        // Online: a consistent script of the running database (the app keeps working meanwhile).
        Path script = dir.resolve("council.sql");
        db.execute("SCRIPT TO '" + script + "'");
        // Offline: BACKUP TO on a database file, then Restore into a fresh directory.
        String fileUrl = "jdbc:h2:file:" + dir.resolve("live/council");
        try (Connection c = DriverManager.getConnection(fileUrl, "sa", "")) {
            DSL.using(c, SQLDialect.H2).execute("RUNSCRIPT FROM '" + script + "'");
            DSL.using(c, SQLDialect.H2).execute("BACKUP TO '" + dir.resolve("backup.zip") + "'");
        }
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        Restore.execute(dir.resolve("backup.zip").toString(), fresh.toString(), "council");

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + fresh.resolve("council"), "sa", "")) {
            BackupSample.assertRestored(DSL.using(c, SQLDialect.H2), db, section);
        }
    }
}
