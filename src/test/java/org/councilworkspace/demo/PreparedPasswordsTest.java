package org.councilworkspace.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo's prepared password hashes are honest: each one is an Argon2id hash of the demo password at the app's
 * settings (those of {@code security.SecurityConfig}: 19 MiB, 2 iterations, parallelism 1, 16-byte salt, 32-byte
 * hash), every salt is its own, and there is one for every demo account. When this fails it prints a fresh file.
 */
class PreparedPasswordsTest {

    private static final String SETTINGS = "$argon2id$v=19$m=19456,t=2,p=1$";
    private static final PasswordEncoder APP = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

    @Test
    void every_prepared_hash_is_the_demo_password_at_the_app_settings_with_its_own_salt() {
        List<String> hashes = PreparedPasswords.read();
        long accounts = 1 + Stream.concat(DemoData.AUTOMOTIVE.stream(), DemoData.MANUFACTURING.stream())
                .map(DemoPerson::username).distinct().count();
        Set<String> salts = new HashSet<>();
        boolean fits = hashes.size() >= accounts;
        for (String hash : hashes) {
            fits &= hash.startsWith(SETTINGS) && !APP.upgradeEncoding(hash) && APP.matches(DemoData.PASSWORD, hash)
                    && salts.add(hash.substring(SETTINGS.length(), hash.lastIndexOf('$')));
        }
        assertTrue(fits, () -> PreparedPasswords.RESOURCE + " must hold " + accounts + " hashes of the demo password, "
                + "each with its own salt; replace its hashes with:\n" + fresh((int) accounts));
    }

    @Test
    void the_encoder_gives_each_prepared_hash_once_while_loading_and_hashes_otherwise() {
        PreparedPasswords passwords = new PreparedPasswords(APP);
        List<String> prepared = PreparedPasswords.read();
        List<String> given = passwords.whileLoading(() -> List.of(passwords.encode(DemoData.PASSWORD),
                passwords.encode(DemoData.PASSWORD), passwords.encode("another password of 2027")));
        assertThat(given.subList(0, 2)).isEqualTo(prepared.subList(0, 2));
        assertThat(prepared).doesNotContain(given.get(2));
        assertThat(APP.matches("another password of 2027", given.get(2))).isTrue();

        String afterwards = passwords.encode(DemoData.PASSWORD);
        assertThat(prepared).doesNotContain(afterwards);
        assertThat(passwords.matches(DemoData.PASSWORD, afterwards)).isTrue();
    }

    private static String fresh(int count) {
        return IntStream.range(0, count).mapToObj(i -> APP.encode(DemoData.PASSWORD)).collect(Collectors.joining("\n"));
    }
}
