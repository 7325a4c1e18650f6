package org.councilworkspace.plan.text;

import java.util.List;

/**
 * Word tokens for text in scripts that separate words with spaces, following the same main rules as
 * ICU's word breaks: letters and digits form words, and keep an apostrophe, period or comma between
 * them ("don't", "3.5", "1,000"); a run of spaces is one token; every other character is its own token.
 */
final class SimpleWords {

    /** One-character ASCII tokens, shared: half the tokens of prose are a single space. */
    private static final String[] ASCII = new String[0x80];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private SimpleWords() {
    }

    static List<String> split(String text, List<String> tokens) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            char c = text.charAt(i);
            if (isWordChar(c)) {
                i++;
                while (i < n && (isWordChar(text.charAt(i))
                        || (isJoiner(text.charAt(i)) && i + 1 < n && isWordChar(text.charAt(i + 1))))) {
                    i++;
                }
            } else if (c == ' ' || c == '\t') {
                while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
            } else if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i += 2;
            } else {
                i++;
            }
            tokens.add(i == start + 1 && c < 0x80 ? ASCII[c] : text.substring(start, i));
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        // ASCII first: no ASCII character is a combining mark, so this answers as the general test below would.
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '_';
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '.' || c == ',';
    }
}
