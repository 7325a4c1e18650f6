package org.councilworkspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.councilworkspace.base.Messages;
import org.junit.jupiter.api.Test;

/**
 * Wording mistakes found by people reading the screens, kept from coming back: quoting that MessageFormat shows or
 * swallows, one Thai word for two different things, and the Japanese word for a final version used for a snapshot.
 */
class BundleWordingTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Locale THAI = Locale.forLanguageTag("th");

    @Test
    void an_apostrophe_is_doubled_exactly_where_message_format_reads_the_text() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            for (String suffix : List.of("", "_ja", "_th")) {
                Properties values = load(bundle + suffix);
                for (String key : values.stringPropertyNames()) {
                    String value = values.getProperty(key);
                    boolean formatted = ARGUMENT.matcher(value).find();
                    if (!formatted && value.contains("''")) {
                        wrong.add(bundle + suffix + " " + key + ": shown with two apostrophes");
                    }
                    if (formatted && LONE_QUOTE.matcher(value).find()) {
                        wrong.add(bundle + suffix + " " + key + ": MessageFormat drops the single apostrophe");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(Messages.get("consensus.rule-not-satisfied", Locale.ENGLISH)).startsWith("The council's rule");
    }

    @Test
    void thai_screens_say_resolved_and_edited_with_different_words() {
        String edited = "แก้ไขแล้ว";
        assertThat(Messages.get("deliberation.edited", THAI)).startsWith(edited);
        for (String key : List.of("deliberation.filter.RESOLVED", "deliberation.status.RESOLVED",
                "deliberation.resolved-by", "deliberation.resolve")) {
            assertThat(Messages.get(key, THAI)).as(key).doesNotContain(edited).contains("ปิดประเด็น");
        }
        assertThat(Messages.get("deliberation.resolved-by", THAI, "สมชาย")).isEqualTo("ปิดประเด็นโดย สมชาย");
    }

    @Test
    void japanese_screens_keep_the_word_for_a_final_version_out_of_frozen_snapshots() throws IOException {
        List<String> misused = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            Properties values = load(bundle + "_ja");
            for (String key : values.stringPropertyNames()) {
                if (values.getProperty(key).contains("確定版")) {
                    misused.add(bundle + "_ja " + key);
                }
            }
        }
        assertThat(misused).as("a frozen version is 固定版; the adopted plan is 採択版").isEmpty();
        assertThat(Messages.get("versions.freeze", Locale.JAPANESE)).isEqualTo("版を固定");
        assertThat(Messages.get("consultation.round.version", Locale.JAPANESE)).isEqualTo("対象とする固定版");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleWordingTest.class.getResourceAsStream("/vaadin-i18n/" + name + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }
}
