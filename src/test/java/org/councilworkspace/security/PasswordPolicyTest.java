package org.councilworkspace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void ships_a_list_of_a_few_thousand_common_passwords() {
        assertThat(policy.commonCount()).isGreaterThan(3000);
    }

    @Test
    void eleven_characters_are_too_short_and_twelve_are_enough() {
        assertThatThrownBy(() -> policy.check("p", "abcdefghijk", "someone")).hasMessageContaining("password.too-short");
        assertThatCode(() -> policy.check("p", "abcdefghijkz", "someone")).doesNotThrowAnyException();
    }

    @Test
    void length_counts_characters_so_thai_and_japanese_passphrases_work() {
        assertThatCode(() -> policy.check("p", "แผนแม่บทยานยนต์ไฟฟ้า", "someone")).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check("p", "審議会の答申", "someone")).hasMessageContaining("password.too-short");
    }

    @Test
    void more_than_128_characters_are_refused() {
        assertThatCode(() -> policy.check("p", "x".repeat(127) + "y", "someone")).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check("p", "x".repeat(129), "someone")).hasMessageContaining("validation.too-long");
    }

    @Test
    void common_passwords_are_refused_whatever_their_case() {
        assertThatThrownBy(() -> policy.check("p", "PasswordPassword", "someone")).hasMessageContaining("password.too-common");
        assertThatThrownBy(() -> policy.check("p", "qwertyuiopasdf", "someone")).hasMessageContaining("password.too-common");
    }

    @Test
    void a_password_containing_the_user_name_is_refused() {
        assertThatThrownBy(() -> policy.check("p", "my name is somchai!", "somchai")).hasMessageContaining("password.too-common");
    }

    @Test
    void no_composition_rules_a_plain_sentence_is_fine() {
        assertThatCode(() -> policy.check("p", "the river runs east to the sea", "someone")).doesNotThrowAnyException();
    }
}
