package org.councilworkspace.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.councilworkspace.base.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * NIST-style policy: length between 12 and 128 characters, no composition rules, and not one of the
 * passwords people use most (the shipped list).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load("/security/common-passwords.txt");
    }

    /** Refuses a password that breaks the policy with a message key for the field. */
    public void check(String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException(field, "validation.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidInputException(field, "password.too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInputException(field, "validation.too-long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || (username != null && lower.contains(username.toLowerCase(Locale.ROOT)))) {
            throw new InvalidInputException(field, "password.too-common");
        }
    }

    int commonCount() {
        return common.size();
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.strip().toLowerCase(Locale.ROOT)));
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
