package org.councilworkspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.councilworkspace.base.Messages;
import org.councilworkspace.base.ui.FeatureTranslations;
import org.junit.jupiter.api.Test;

/** Every feature bundle has the same keys in every language, no key is defined twice, no used key is missing. */
class TranslationBundlesTest {

    private static final List<String> SUFFIXES = List.of("", "_ja", "_th");

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Properties base = load(bundle, "");
            if (base == null) {
                continue;
            }
            for (String suffix : SUFFIXES) {
                Properties other = load(bundle, suffix);
                assertThat(other).as(bundle + suffix + ".properties exists").isNotNull();
                assertThat(new TreeSet<>(other.stringPropertyNames()))
                        .as("keys of " + bundle + suffix)
                        .isEqualTo(new TreeSet<>(base.stringPropertyNames()));
                other.forEach((k, v) -> assertThat(v.toString()).as(bundle + suffix + " " + k).isNotBlank());
            }
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            Properties base = load(bundle, "");
            if (base == null) {
                continue;
            }
            for (String key : base.stringPropertyNames()) {
                String previous = owner.putIfAbsent(key, bundle);
                if (previous != null) {
                    clashes.add(key + " in " + previous + " and " + bundle);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void everyLiteralKeyInTheCodeExists() throws IOException {
        Set<String> defined = new TreeSet<>();
        for (String bundle : Messages.BUNDLES) {
            Properties base = load(bundle, "");
            if (base != null) {
                defined.addAll(base.stringPropertyNames());
            }
        }
        // Literal keys passed to getTranslation(...) or Translations.t(...); keys ending in "." are prefixes.
        Pattern use = Pattern.compile("(?:getTranslation|[^A-Za-z0-9_]t)\\(\"([A-Za-z0-9_.-]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !defined.contains(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void providerFindsKeysInEveryBundleAndLanguage() {
        FeatureTranslations provider = new FeatureTranslations();
        assertThat(provider.getTranslation("app.name", Locale.JAPANESE)).isNotBlank().doesNotStartWith("!{");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!{no.such.key}!");
    }

    private static Properties load(String bundle, String suffix) throws IOException {
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(
                "/vaadin-i18n/" + bundle + suffix + ".properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
