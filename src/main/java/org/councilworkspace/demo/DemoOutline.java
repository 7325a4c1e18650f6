package org.councilworkspace.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A demo plan outline read from a resource: "# Chapter | lead" and "## Section | lead" lines, each
 * followed by its Markdown text.
 */
final class DemoOutline {

    record Entry(int depth, String title, String lead, String body) {
    }

    private static final Pattern HEADING = Pattern.compile("^(#{1,2}) (.+) \\| ([a-z]+)$");

    private DemoOutline() {
    }

    static List<Entry> read(String resource) {
        List<Entry> entries = new ArrayList<>();
        int depth = 0;
        String title = null;
        String lead = null;
        StringBuilder body = new StringBuilder();
        for (String line : text(resource).split("\n", -1)) {
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                if (title != null) {
                    entries.add(new Entry(depth, title, lead, body.toString().strip()));
                }
                depth = m.group(1).length();
                title = m.group(2);
                lead = m.group(3);
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        if (title != null) {
            entries.add(new Entry(depth, title, lead, body.toString().strip()));
        }
        return entries;
    }

    private static String text(String resource) {
        try (InputStream in = DemoOutline.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
