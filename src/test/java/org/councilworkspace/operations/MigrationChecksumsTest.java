package org.councilworkspace.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * A migration that has landed never changes: databases out there recorded its checksum in flyway_schema_history,
 * and Flyway refuses to start on them when the file no longer matches. The recorded list holds each landed
 * migration with the checksum Flyway computes for it (Flyway's own, so it is the number operators' databases hold).
 */
class MigrationChecksumsTest {

    static final String LIST = "/db/landed-migrations.txt";

    @Test
    void no_landed_migration_has_changed_since_it_was_recorded() throws IOException {
        Map<String, Integer> recorded = recorded();
        Map<String, Integer> now = checksums("classpath:db/migration");
        for (Map.Entry<String, Integer> landed : recorded.entrySet()) {
            assertThat(now).as("landed migration %s is still shipped", landed.getKey()).containsKey(landed.getKey());
            assertThat(now.get(landed.getKey())).as("Flyway checksum of the landed migration %s: it was edited after "
                    + "it landed. Undo the edit and put the change in a new migration (see docs/operations/upgrade.md)",
                    landed.getKey()).isEqualTo(landed.getValue());
        }
    }

    @Test
    void every_migration_is_in_the_recorded_list() throws IOException {
        Map<String, Integer> recorded = recorded();
        String missing = checksums("classpath:db/migration").entrySet().stream()
                .filter(e -> !recorded.containsKey(e.getKey()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("\n"));
        assertThat(missing).as("migrations not yet in src/test/resources%s. When a migration lands on main, append "
                + "these lines to that file (version, script, Flyway checksum):%n%s", LIST, missing).isEmpty();
    }

    /** Version and script name, as one key, to the checksum Flyway computes for the script. */
    static Map<String, Integer> checksums(String location) {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:h2:mem:checksums-" + System.nanoTime() + ";DB_CLOSE_DELAY=0", "sa", "")
                .locations(location).load();
        Map<String, Integer> checksums = new LinkedHashMap<>();
        for (MigrationInfo info : flyway.info().all()) {
            checksums.put(info.getVersion() + " " + info.getScript(), info.getChecksum());
        }
        return checksums;
    }

    static Map<String, Integer> recorded() throws IOException {
        try (InputStream in = MigrationChecksumsTest.class.getResourceAsStream(LIST)) {
            assertThat(in).as(LIST).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            Map<String, Integer> recorded = new LinkedHashMap<>();
            for (String line : lines) {
                String[] part = line.split("\\s+");
                recorded.put(part[0] + " " + part[1], Integer.parseInt(part[2]));
            }
            return recorded;
        }
    }
}
