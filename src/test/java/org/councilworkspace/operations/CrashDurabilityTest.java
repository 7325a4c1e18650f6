package org.councilworkspace.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.AUDIT_EVENT;
import static org.councilworkspace.db.Tables.CONSULTATION_SUBMISSION;
import static org.councilworkspace.db.Tables.MEMBER_POSITION;
import static org.councilworkspace.db.Tables.SECTION_REVISION;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.audit.ChainVerification;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write survives a crash. A child JVM runs the services on a file H2 database and prints a line
 * for each save, position and public comment after the service call returned; the test kills it with SIGKILL at a
 * random point while it writes, several times on the same folder, and each time finds every acknowledged write on
 * disk, with its audit entries and an intact audit chain. The address asks for H2's default write delay of 500 ms,
 * as an operator's might: with the delay in force, the last writes before each kill are lost.
 */
class CrashDurabilityTest {

    private static final int CYCLES = 2;

    @TempDir Path folder;

    @Test
    void every_acknowledged_write_is_there_after_the_app_is_killed_mid_write() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("council").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=500";
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> acknowledged = new ArrayList<>();
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            int killAfter = 30 + random.nextInt(90);
            List<String> lines = runAndKill(url, killAfter);
            if (cycle > 1) {
                assertThat(lines).as("the app starts on the folder of the killed one and its audit service "
                        + "verifies the chain").anyMatch(l -> l.startsWith("CHAIN true "));
            }
            // A line cut short by the kill has no end mark; what it stood for may or may not be on disk.
            acknowledged.addAll(lines.stream().filter(l -> l.startsWith("ACK ") && l.endsWith(CrashChild.END))
                    .map(l -> l.substring(0, l.length() - CrashChild.END.length())).toList());
            assertAllThere(url, acknowledged, "cycle " + cycle + ", seed " + seed + ", killed after " + killAfter);
        }
    }

    private static List<String> runAndKill(String url, int killAfter) throws IOException, InterruptedException {
        Process child = start(url);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = readInto(child, lines);
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> !child.isAlive()
                    || lines.stream().filter(l -> l.startsWith("ACK ")).count() >= killAfter);
            assertThat(child.isAlive()).as("the child writes until it is killed; it printed: %s", lines).isTrue();
        } finally {
            // SIGKILL on Linux: no shutdown hook runs, H2 closes nothing.
            child.destroyForcibly().waitFor();
        }
        reader.join(5000);
        return List.copyOf(lines);
    }

    private static Process start(String url) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), url);
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static Thread readInto(Process child, List<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // The child was killed: what it printed before that has been read.
            }
        });
        reader.start();
        return reader;
    }

    /** Opens the folder the child left behind, as a restart would, and looks for every acknowledged write. */
    private static void assertAllThere(String url, List<String> acknowledged, String when) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            DSLContext db = DSL.using(connection, SQLDialect.H2);
            for (String ack : acknowledged) {
                String[] part = ack.split(" ", 4);
                switch (part[1]) {
                    case "REVISION" -> {
                        String[] revision = part[3].split(" ", 3);
                        long id = Long.parseLong(part[2]);
                        assertThat(db.select(SECTION_REVISION.BODY).from(SECTION_REVISION)
                                .where(SECTION_REVISION.ID.eq(id)).fetchOne(SECTION_REVISION.BODY))
                                .as("saved revision %s (%s)", id, when).isEqualTo(revision[2]);
                        assertAudited(db, "SECTION", revision[0], "revision " + revision[1] + " (EDIT)", when);
                    }
                    case "POSITION" -> {
                        long id = Long.parseLong(part[2]);
                        assertThat(db.select(MEMBER_POSITION.STANCE).from(MEMBER_POSITION)
                                .where(MEMBER_POSITION.ID.eq(id)).fetchOne(MEMBER_POSITION.STANCE))
                                .as("recorded position %s (%s)", id, when).isEqualTo(part[3]);
                        assertAudited(db, "POSITION", part[2], null, when);
                    }
                    case "RECEIPT" -> {
                        String id = db.select(CONSULTATION_SUBMISSION.ID).from(CONSULTATION_SUBMISSION)
                                .where(CONSULTATION_SUBMISSION.RECEIPT_NO.eq(part[2])).fetchOptional(r -> r.value1().toString())
                                .orElse(null);
                        assertThat(id).as("public comment with receipt %s (%s)", part[2], when).isNotNull();
                        assertAudited(db, "SUBMISSION", id, part[2], when);
                    }
                    default -> throw new AssertionError("unknown acknowledgment " + ack);
                }
            }
            ChainVerification chain = AuditService.verifyChainIn(db);
            assertThat(chain.intact()).as("audit chain after the kill (%s): %s", when, chain.problem()).isTrue();
        }
    }

    private static void assertAudited(DSLContext db, String objectType, String objectId, String summary, String when) {
        var entry = AUDIT_EVENT.OBJECT_TYPE.eq(objectType).and(AUDIT_EVENT.OBJECT_ID.eq(objectId));
        if (summary != null) {
            entry = entry.and(AUDIT_EVENT.SUMMARY.eq(summary));
        }
        assertThat(db.fetchExists(AUDIT_EVENT, entry))
                .as("audit entry for %s %s %s (%s)", objectType, objectId, summary, when).isTrue();
    }
}
