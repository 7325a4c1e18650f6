package org.councilworkspace.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.audit.ChainVerification;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.NewThread;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
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
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "ความเป็นมา Background");
        planFixtures.write(w.lead(), section, "Text with 'quotes', \"double\", ; and -- and 製造業 and \u0e44\u0e17\u0e22.");
        AsUser.call(w.member(), () -> comments.startThread(section, NewThread.onSection(null, "A comment\nover lines")));
        assertThat(AuditService.verifyChainIn(db).intact()).isTrue();

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
            DSLContext restored = DSL.using(c, SQLDialect.H2);
            assertThat(rowCounts(restored)).isEqualTo(rowCounts(db)).containsKey("AUDIT_EVENT");
            ChainVerification chain = AuditService.verifyChainIn(restored);
            assertThat(chain.intact()).as(chain.problem()).isTrue();
            assertThat(chain.eventsChecked()).isEqualTo(db.fetchCount(org.councilworkspace.db.Tables.AUDIT_EVENT));
            assertThat(restored.select(org.councilworkspace.db.Tables.SECTION_REVISION.BODY)
                    .from(org.councilworkspace.db.Tables.SECTION_REVISION)
                    .where(org.councilworkspace.db.Tables.SECTION_REVISION.SECTION_ID.eq(section)).fetchOne().value1())
                    .contains("製造業").contains("'quotes'");
        }
    }

    private static Map<String, Integer> rowCounts(DSLContext db) {
        List<String> tables = db.select(DSL.field("TABLE_NAME", String.class)).from("INFORMATION_SCHEMA.TABLES")
                .where(DSL.field("TABLE_SCHEMA").eq("PUBLIC")).orderBy(DSL.field("TABLE_NAME")).fetch(r -> r.value1());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : tables) {
            // Quoted by hand: the app renders names unquoted, and Flyway's table is in lower case.
            counts.put(table, ((Number) db.fetchValue("select count(*) from \"" + table.replace("\"", "") + "\"")).intValue());
        }
        return counts;
    }
}
