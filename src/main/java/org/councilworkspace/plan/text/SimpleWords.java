package org.councilworkspace.plan.text;

import java.util.List;

/**
 * Word tokens for text in scripts that separate words with spaces, following the same main rules as
 * ICU's word breaks: letters and digits form words, and keep an apostrophe, period or comma between
 * them ("don't", "3.5", "1,000"); a run of spaces is one token; every other character is its own token.
 */
final class SimpleWords {

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
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '_';
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '.' || c == ',';
    }
}
