package org.councilworkspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Habits of the house that a reviewer would otherwise have to catch: a class that grew past 300 lines mixes
 * responsibilities, and a test that sleeps is either slow or flaky (it waits for a condition instead).
 */
class HouseRulesTest {

    private static final int MAX_LINES = 300;
    private static final String SLEEP = "Thread." + "sleep(";

    @Test
    void no_source_file_is_longer_than_300_lines() {
        List<String> tooLong = javaFiles("src/main/java", "src/test/java")
                .filter(file -> lines(file).size() > MAX_LINES)
                .map(file -> file + " (" + lines(file).size() + " lines)")
                .toList();
        assertThat(tooLong).as("split these along the responsibilities they mix").isEmpty();
    }

    @Test
    void no_test_waits_by_sleeping() {
        // The benchmarks pause between garbage collections on purpose, to measure what stays reachable; every other
        // test waits for the condition it needs.
        List<String> sleepers = javaFiles("src/test/java")
                .filter(file -> !file.toString().contains("/benchmark/"))
                .filter(file -> lines(file).stream().anyMatch(line -> line.contains(SLEEP)))
                .map(Path::toString)
                .toList();
        assertThat(sleepers).as("wait with Awaitility for the condition instead").isEmpty();
    }

    private static Stream<Path> javaFiles(String... roots) {
        return Stream.of(roots).map(Path::of).flatMap(root -> {
            try (Stream<Path> walk = Files.walk(root)) {
                return walk.filter(p -> p.toString().endsWith(".java")).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
