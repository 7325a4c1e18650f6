package org.councilworkspace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.councilworkspace.amendment.AmendmentStance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every audit code the application can write has a phrase in English, Japanese and Thai, so the audit log never
 * shows a Thai or Japanese secretariat a bare "MINUTES_APPROVED". The codes are read from the sources
 * ({@link AuditCodesInSources}); a code someone adds to a service without a phrase fails here.
 */
class AuditPhrasesTest {

    /** Codes put together at run time: the prefix and the enum whose names complete it. */
    private static final Map<String, Class<? extends Enum<?>>> BUILT_CODES = Map.of(
            "AMENDMENT_", AmendmentStance.class);

    private static AuditCodesInSources sources;

    @BeforeAll
    static void readTheSources() throws IOException {
        sources = new AuditCodesInSources(Path.of("src/main/java"));
    }

    @Test
    void the_sources_give_the_codes_of_every_feature() {
        assertThat(sources.codes.keySet())
                .as("codes from event records, direct events, publish helpers and private steps before them")
                .contains("SECTION_REVISED", "SIGN_IN_FAILURES", "MINUTES_APPROVED", "AGENDA_ITEM_DOCUMENT_ATTACHED",
                        "MINUTES_PUBLISHED", "AMENDMENT_ACCEPTED", "ROUND_CLOSED_EARLY", "ROLE_CHANGED",
                        "REPORT_RETURNED", "USER_CREATED", "PLAN_IMPORTED", "THREAD_RESOLVED", "POSITION_RECORDED")
                .as("object types").contains("SECTION", "MEETING", "AGENDA_ITEM", "ROUND", "USER")
                .as("a notification kind is no audit code").doesNotContain("CONSULTATION_CLOSING", "COMMENT_MENTION");
        assertThat(sources.codes).hasSizeGreaterThan(120);
    }

    @Test
    void every_code_built_at_run_time_is_known_here() {
        assertThat(sources.prefixes.keySet()).as("a new code built from a prefix needs its enum in BUILT_CODES")
                .isEqualTo(BUILT_CODES.keySet());
    }

    @Test
    void every_audit_code_has_a_phrase_in_every_language() throws IOException {
        Set<String> codes = new TreeSet<>(sources.codes.keySet());
        BUILT_CODES.forEach((prefix, type) -> Arrays.stream(type.getEnumConstants())
                .forEach(value -> codes.add(prefix + value.name())));
        Map<String, List<String>> missing = new TreeMap<>();
        for (String suffix : List.of("", "_ja", "_th")) {
            Properties bundle = load("audit" + suffix);
            for (String code : codes) {
                if (!bundle.containsKey("audit.action." + code) && !bundle.containsKey("audit.object-type." + code)) {
                    missing.computeIfAbsent("audit" + suffix, k -> new java.util.ArrayList<>())
                            .add(code + " " + sources.codes.getOrDefault(code, Set.of()));
                }
            }
        }
        assertThat(missing).as("codes without a phrase, by bundle (and the files that write them)").isEmpty();
    }

    @Test
    void no_phrase_is_left_blank_or_just_repeats_its_code() throws IOException {
        for (String suffix : List.of("", "_ja", "_th")) {
            Properties bundle = load("audit" + suffix);
            for (String key : bundle.stringPropertyNames()) {
                String code = key.substring(key.lastIndexOf('.') + 1);
                assertThat(bundle.getProperty(key)).as("audit" + suffix + " " + key).isNotBlank();
                if (code.contains("_")) {
                    assertThat(bundle.getProperty(key)).as("audit" + suffix + " " + key).isNotEqualTo(code);
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditPhrasesTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            assertThat(in).as(name + ".properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
