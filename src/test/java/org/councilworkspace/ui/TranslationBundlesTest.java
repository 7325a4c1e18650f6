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

    /**
     * A screen labels an enum value with the key "EnumName.VALUE" ({@code Translations.label}), which no literal
     * search finds: where the bundles label one value of an enum, they must label all of them, or the screen shows
     * "!{MeetingKind.HEARING}!" the day someone picks the value nobody tried.
     */
    @Test
    void everyValueOfAnEnumWithLabelsHasOne() throws Exception {
        Set<String> defined = new TreeSet<>();
        for (String bundle : Messages.BUNDLES) {
            Properties base = load(bundle, "");
            if (base != null) {
                defined.addAll(base.stringPropertyNames());
            }
        }
        Map<String, List<Class<?>>> enums = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")
                    && !p.getFileName().toString().equals("package-info.java")).toList()) {
                String name = Path.of("src/main/java").relativize(file).toString().replace(".java", "")
                        .replace(java.io.File.separatorChar, '.');
                collectEnums(Class.forName(name, false, getClass().getClassLoader()), enums);
            }
        }
        Pattern label = Pattern.compile("([A-Z][A-Za-z0-9]*)\\.([A-Z][A-Z0-9_]*)");
        Set<String> prefixes = new TreeSet<>();
        for (String key : defined) {
            Matcher m = label.matcher(key);
            if (m.matches()) {
                prefixes.add(m.group(1));
            }
        }
        Set<String> missing = new TreeSet<>();
        for (String prefix : prefixes) {
            List<Set<String>> gaps = new ArrayList<>();
            for (Class<?> type : enums.getOrDefault(prefix, List.of())) {
                Set<String> gap = new TreeSet<>();
                for (Object constant : type.getEnumConstants()) {
                    String key = prefix + "." + ((Enum<?>) constant).name();
                    if (!defined.contains(key)) {
                        gap.add(key);
                    }
                }
                gaps.add(gap);
            }
            // Two enums may share a simple name: the labels belong to the one they cover best.
            gaps.stream().min(java.util.Comparator.comparingInt(Set::size)).ifPresent(missing::addAll);
        }
        assertThat(prefixes).as("enum labels found").contains("CalendarSystem", "MeetingKind");
        assertThat(missing).isEmpty();
    }

    private static void collectEnums(Class<?> type, Map<String, List<Class<?>>> enums) {
        if (type.isEnum()) {
            enums.computeIfAbsent(type.getSimpleName(), k -> new ArrayList<>()).add(type);
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            collectEnums(nested, enums);
        }
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
