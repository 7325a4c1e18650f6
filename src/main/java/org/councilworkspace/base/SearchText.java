package org.councilworkspace.base;

import java.util.Locale;

/** What people type into a search box, made safe for a LIKE pattern (escape character '!'). */
public final class SearchText {

    public static final char ESCAPE = '!';

    private SearchText() {
    }

    /** "%text%" in lower case, with LIKE's own wildcards in the text matched literally. */
    public static String containsPattern(String filter) {
        String text = filter.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + text + "%";
    }
}
