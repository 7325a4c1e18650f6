package org.councilworkspace.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.AUDIT_EVENT;
import static org.councilworkspace.db.Tables.SECTION_REVISION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.audit.ChainVerification;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.NewThread;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * What the backup tests write before the backup and look for after the restore, so every database's documented
 * backup path is held to the same standard.
 */
final class BackupSample {

    private BackupSample() {
    }

    /**
     * A plan, a section whose text needs escaping in every dump format, and a comment, all through the services,
     * so the audit chain grows as in use. Returns the section.
     */
    static long write(PlanFixtures planFixtures, CommentService comments, DSLContext db) {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "ความเป็นมา Background");
        planFixtures.write(w.lead(), section, "Text with 'quotes', \"double\", ; and -- and 製造業 and \u0e44\u0e17\u0e22.");
        AsUser.call(w.member(), () -> comments.startThread(section, NewThread.onSection(null, "A comment\nover lines")));
        assertThat(AuditService.verifyChainIn(db).intact()).isTrue();
        return section;
    }

    /** The restored database has the source's rows in every table, an intact audit chain and the section's text. */
    static void assertRestored(DSLContext restored, DSLContext source, long section) {
        assertThat(rowCounts(restored)).isEqualTo(rowCounts(source)).containsKey("audit_event");
        ChainVerification chain = AuditService.verifyChainIn(restored);
        assertThat(chain.intact()).as(chain.problem()).isTrue();
        assertThat(chain.eventsChecked()).isEqualTo(source.fetchCount(AUDIT_EVENT));
        assertThat(restored.select(SECTION_REVISION.BODY).from(SECTION_REVISION)
                .where(SECTION_REVISION.SECTION_ID.eq(section)).fetchOne().value1())
                .contains("製造業").contains("'quotes'");
    }

    /** Rows per table of the connection's schema, keyed by lower-case name (H2 folds names up, PostgreSQL down). */
    static Map<String, Integer> rowCounts(DSLContext db) {
        List<String> tables = db.select(DSL.field("table_name", String.class)).from("information_schema.tables")
                .where("table_schema = current_schema and table_type = 'BASE TABLE'")
                .orderBy(DSL.field("table_name")).fetch(r -> r.value1());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : tables) {
            // Quoted by hand: the app renders names unquoted, and Flyway's table is in lower case on H2.
            counts.put(table.toLowerCase(Locale.ROOT),
                    ((Number) db.fetchValue("select count(*) from \"" + table.replace("\"", "") + "\"")).intValue());
        }
        return counts;
    }
}
