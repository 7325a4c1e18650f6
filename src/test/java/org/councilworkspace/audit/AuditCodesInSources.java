package org.councilworkspace.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The audit codes the application can write, read from its sources: the literal codes ("MINUTES_APPROVED") in
 * the statements that build an {@code AuditableEvent}, or that call a method which builds one (a feature's
 * {@code publish(...)} helper), or a private method calling such a helper; and the literals an event record
 * returns itself. Codes put together at run time ("AMENDMENT_" + a stance) are reported as prefixes, so that the
 * test can expand them and notice a new one.
 */
final class AuditCodesInSources {

    private static final Pattern CODE = Pattern.compile("\"([A-Z]+(?:_[A-Z]+)*)\"");
    private static final Pattern PREFIX = Pattern.compile("\"([A-Z]+(?:_[A-Z]+)*_)\"\\s*\\+");
    private static final Pattern METHOD = Pattern.compile("(private\\s+)?(?:static\\s+)?(?:final\\s+)?"
            + "(?:void|long|int|boolean|String|[A-Z]\\w*(?:<[^>{};]*>)?)\\s+(\\w+)\\s*\\([^;{}]*\\)\\s*"
            + "(?:throws [\\w., ]+)?\\{");

    /** A method of a source file: its name, whether it is private, and its body. */
    private record Method(String name, boolean isPrivate, String body) {
    }

    final Map<String, Set<String>> codes = new TreeMap<>();
    final Map<String, Set<String>> prefixes = new TreeMap<>();

    AuditCodesInSources(Path root) throws IOException {
        Map<Path, String> sources = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.put(file, withoutComments(Files.readString(file)));
            }
        }
        Set<String> events = new HashSet<>();
        sources.forEach((file, text) -> {
            if (Pattern.compile("implements\\s+AuditableEvent\\b").matcher(text).find()) {
                events.add(file.getFileName().toString().replace(".java", ""));
            }
        });
        Pattern newEvent = Pattern.compile("new\\s+(?:" + String.join("|", events) + ")\\s*\\(");

        // The methods that write an event: per package those that build one, per file the private ones calling those.
        Map<Path, Set<String>> publishers = new HashMap<>();
        Map<Path, List<Method>> methods = new HashMap<>();
        sources.forEach((file, text) -> {
            List<Method> found = methods(text);
            methods.put(file, found);
            for (Method m : found) {
                if (newEvent.matcher(m.body()).find()) {
                    publishers.computeIfAbsent(file.getParent(), k -> new HashSet<>()).add(m.name());
                }
            }
        });
        Map<Path, Set<String>> steps = new HashMap<>();
        sources.forEach((file, text) -> {
            Set<String> direct = publishers.getOrDefault(file.getParent(), Set.of());
            Set<String> mine = new HashSet<>(direct);
            for (Method m : methods.get(file)) {
                if (m.isPrivate() && !direct.isEmpty() && calls(direct).matcher(m.body()).find()) {
                    mine.add(m.name());
                }
            }
            steps.put(file, mine);
        });

        sources.forEach((file, text) -> {
            String name = file.getFileName().toString();
            if (events.contains(name.replace(".java", ""))) {
                collect(text, name);
                return;
            }
            Set<String> names = steps.get(file);
            Pattern call = names.isEmpty() ? null : calls(names);
            for (Method m : methods.get(file)) {
                for (String statement : m.body().split(";")) {
                    if (newEvent.matcher(statement).find() || call != null && call.matcher(statement).find()) {
                        collect(statement, name);
                    }
                }
            }
        });
    }

    private void collect(String text, String file) {
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            codes.computeIfAbsent(code.group(1), k -> new TreeSet<>()).add(file);
        }
        Matcher prefix = PREFIX.matcher(text);
        while (prefix.find()) {
            prefixes.computeIfAbsent(prefix.group(1), k -> new TreeSet<>()).add(file);
        }
    }

    private static Pattern calls(Set<String> names) {
        return Pattern.compile("(?<![\\w.])(?:\\w+\\.)?(?:" + String.join("|", names) + ")\\s*\\(");
    }

    /** Every method with its body, found by matching braces outside string and character literals. */
    private static List<Method> methods(String text) {
        List<Method> found = new ArrayList<>();
        Matcher m = METHOD.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int end = closing(text, m.end() - 1);
            found.add(new Method(m.group(2), m.group(1) != null, text.substring(m.end(), end)));
            // Methods of nested and anonymous classes inside a body are that body's part, like its lambdas.
            from = end + 1;
        }
        return found;
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(text, i);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static int endOfLiteral(String text, int start) {
        char quote = text.charAt(start);
        if (quote == '"' && text.startsWith("\"\"\"", start)) {
            int end = text.indexOf("\"\"\"", start + 3);
            return end < 0 ? text.length() : end + 2;
        }
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return text.length();
    }

    private static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int end = Math.min(endOfLiteral(text, i), text.length() - 1);
                out.append(text, i, end + 1);
                i = end;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = (end < 0 ? text.length() : end) - 1;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = (end < 0 ? text.length() : end + 2) - 1;
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
