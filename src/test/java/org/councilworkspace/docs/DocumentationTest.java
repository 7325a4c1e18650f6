package org.councilworkspace.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation stays true to the code: every link in the README and docs/ leads to a file (and heading) that
 * exists, every setting the code reads is in the configuration reference, and the README stays short.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-\\[\\]]+)");
    private static final Pattern PROPERTY_LINE = Pattern.compile("(?m)^(council\\.[a-z0-9.\\-]+)=");
    private static final Pattern CONDITION = Pattern.compile("ConditionalOnProperty\\(name = \"(council\\.[a-z0-9.\\-]+)\"");

    @Test
    void every_link_in_the_readme_and_docs_resolves_to_a_file_and_heading() {
        List<String> broken = new ArrayList<>();
        for (Path doc : markdownFiles()) {
            Matcher m = LINK.matcher(read(doc));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // an outside address (https:, mailto:): not ours to check offline
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path resolved = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(ROOT.relativize(doc) + ": " + target + " (no such file)");
                } else if (anchor != null && resolved.toString().endsWith(".md")
                        && !headingAnchors(resolved).contains(anchor)) {
                    broken.add(ROOT.relativize(doc) + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void every_setting_the_code_reads_is_in_the_configuration_reference() {
        String reference = read(ROOT.resolve("docs/operations/configuration.md"));
        Set<String> missing = new TreeSet<>();
        for (String setting : settingsInCode()) {
            if (!reference.contains(setting)) {
                missing.add(setting);
            }
        }
        assertThat(missing).as("settings read by the code but not in docs/operations/configuration.md").isEmpty();
    }

    @Test
    void the_readme_stays_short_and_starts_with_the_two_commands() {
        String readme = read(ROOT.resolve("README.md"));
        assertThat(readme.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(8 * 1024);
        assertThat(readme).contains("./mvnw spring-boot:run").contains("./mvnw verify");
        assertThat(readme.indexOf("## Two commands")).isLessThan(readme.indexOf("## Demo accounts"));
    }

    /** Settings of our own (council.*) and the environment variables the properties files offer. */
    static Set<String> settingsInCode() {
        Set<String> settings = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(ROOT.resolve("src/main"))) {
            sources.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".properties"))
                    .filter(p -> !p.toString().contains("vaadin-i18n"))
                    .forEach(p -> {
                        String text = read(p);
                        Matcher m = PLACEHOLDER.matcher(text);
                        while (m.find()) {
                            String name = m.group(1);
                            if (name.startsWith("council.") || name.matches("[A-Z][A-Z0-9_]+")) {
                                settings.add(name);
                            }
                        }
                        Matcher condition = CONDITION.matcher(text);
                        while (condition.find()) {
                            settings.add(condition.group(1));
                        }
                        Matcher line = PROPERTY_LINE.matcher(text);
                        while (line.find()) {
                            settings.add(line.group(1));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings;
    }

    /** GitHub's anchors: lower case, punctuation dropped, spaces to hyphens. */
    static Set<String> headingAnchors(Path doc) {
        Set<String> anchors = new TreeSet<>();
        for (String line : read(doc).split("\n")) {
            if (line.startsWith("#")) {
                String title = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(java.util.Locale.ROOT);
                anchors.add(title.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    private static List<Path> markdownFiles() {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
