package org.councilworkspace.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The app's password encoder, except that while the demo is being loaded the demo accounts' password (the one the
 * README lists) is given hashes made ahead instead of hashed again: {@value #RESOURCE} holds one Argon2id hash of it
 * per account, each with its own random salt, at the app's settings. Hashing the same known password 21 times was
 * about a third of loading the demo. Every hash is handed out once; one that is weaker than the app's current settings
 * (they were raised since the file was made) is not used, and the password is hashed as usual. Outside the loading,
 * and for every other password, this is the app's encoder itself; checking a password always is.
 * {@code PreparedPasswordsTest} checks the file and prints fresh lines when it no longer fits.
 */
@Component
@Primary
@Profile("demo")
class PreparedPasswords implements PasswordEncoder {

    static final String RESOURCE = "/demo/password-hashes.txt";
    private static final Logger LOG = LoggerFactory.getLogger(PreparedPasswords.class);

    private final PasswordEncoder encoder;
    private final Deque<String> prepared = new ArrayDeque<>();
    private volatile boolean loading;

    // The security package's bean by its name: this one is a PasswordEncoder too, and the primary one.
    PreparedPasswords(@Qualifier("passwordEncoder") PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** Runs the loading of the demo with the prepared hashes at hand; they are forgotten afterwards. */
    <T> T whileLoading(Supplier<T> load) {
        synchronized (prepared) {
            prepared.addAll(read());
        }
        loading = true;
        try {
            return load.get();
        } finally {
            loading = false;
            synchronized (prepared) {
                prepared.clear();
            }
        }
    }

    @Override
    public String encode(CharSequence rawPassword) {
        if (loading && DemoData.PASSWORD.contentEquals(rawPassword)) {
            String hash;
            synchronized (prepared) {
                hash = prepared.poll();
            }
            if (hash != null && !encoder.upgradeEncoding(hash)) {
                return hash;
            }
            if (hash != null) {
                LOG.warn("The prepared demo password hashes are weaker than the app's settings; hashing instead");
            }
        }
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return encoder.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    /** The hashes of the file, in order, without its comment lines. */
    static List<String> read() {
        try (InputStream in = PreparedPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
