package org.councilworkspace.plan.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines that keep their "\n", so joining the lines gives the text back exactly. */
final class Lines {

    private Lines() {
    }

    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            lines.add(text.substring(start, nl + 1));
            start = nl + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** How many lines {@link #split} would give, without making them. */
    static int count(String text) {
        int breaks = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            breaks++;
        }
        return text.isEmpty() || text.charAt(text.length() - 1) == '\n' ? breaks : breaks + 1;
    }

    /**
     * The lines of {@link #split} as places in the text, so the diff need not copy them: line i is
     * [starts[i], starts[i + 1]), and the entry after the last line is the text's length. The array needs room
     * for {@link #count} + 1 entries. Returns the number of lines.
     */
    static int starts(String text, int[] starts) {
        int n = 0;
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            starts[n++] = start;
            start = nl + 1;
        }
        if (start < text.length()) {
            starts[n++] = start;
        }
        starts[n] = text.length();
        return n;
    }

    /** Joins items [from, to) of a list of lines or tokens. */
    static String join(List<String> lines, int from, int to) {
        // Most joins in a word diff are of one token (a kept word or the space after it): no copy for those.
        if (to - from == 1) {
            return lines.get(from);
        }
        if (to <= from) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(lines.get(i));
        }
        return out.toString();
    }
}
