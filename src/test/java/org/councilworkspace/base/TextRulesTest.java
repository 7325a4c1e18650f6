package org.councilworkspace.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @Test
    void blank_text_is_refused_as_required() {
        assertThatThrownBy(() -> TextRules.requiredLine("name", "   ", 10))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                });
        assertThatThrownBy(() -> TextRules.requiredLine("name", null, 10)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void text_over_the_limit_is_refused_counting_characters_not_bytes() {
        assertThat(TextRules.requiredLine("name", "審議会".repeat(3), 9)).isEqualTo("審議会審議会審議会");
        assertThatThrownBy(() -> TextRules.requiredLine("name", "審議会".repeat(4), 9))
                .hasMessageContaining("validation.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "bell\u0007", "esc\u001b[31m", "rtl\u202Eoverride", "line\nbreak"})
    void control_characters_are_refused_in_single_line_text(String hostile) {
        assertThatThrownBy(() -> TextRules.requiredLine("name", hostile, 100))
                .hasMessageContaining("validation.control-characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "Robert'); DROP TABLE app_user;--", "แผนแม่บทอุตสาหกรรมยานยนต์",
            "製造業の競争力強化", "مجلس التخطيط", "emoji 🚗⚡", "a\u2067isolate\u2069"})
    void html_sql_and_other_scripts_are_ordinary_text_kept_exactly(String text) {
        assertThat(TextRules.requiredLine("name", text, 200)).isEqualTo(text);
    }

    @Test
    void multi_line_text_keeps_line_breaks_and_normalises_windows_endings() {
        assertThat(TextRules.requiredText("mandate", "one\r\ntwo\n\tthree", 100)).isEqualTo("one\ntwo\n\tthree");
        assertThatThrownBy(() -> TextRules.requiredText("mandate", "one\u0000", 100))
                .hasMessageContaining("validation.control-characters");
    }

    @Test
    void usernames_are_lower_cased_and_limited_to_a_safe_alphabet() {
        assertThat(TextRules.username("u", "Somchai.W")).isEqualTo("somchai.w");
        assertThatThrownBy(() -> TextRules.username("u", "a b")).hasMessageContaining("validation.username");
        assertThatThrownBy(() -> TextRules.username("u", "<b>x</b>")).hasMessageContaining("validation.username");
        assertThatThrownBy(() -> TextRules.username("u", "ab")).hasMessageContaining("validation.username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a@b", "two@@example.org", "with space@example.org", "<x>@example.org", "a@example."})
    void malformed_email_addresses_are_refused(String email) {
        assertThatThrownBy(() -> TextRules.email("email", email)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void ordinary_email_addresses_pass() {
        assertThat(TextRules.email("email", " kittisak@industry.go.th ")).isEqualTo("kittisak@industry.go.th");
    }
}
