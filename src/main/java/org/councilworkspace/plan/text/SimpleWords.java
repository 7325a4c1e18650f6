package org.councilworkspace.plan.text;

/**
 * Word tokens for text in scripts that separate words with spaces, following the same main rules as
 * ICU's word breaks: letters and digits form words, and keep an apostrophe, period or comma between
 * them ("don't", "3.5", "1,000"); a run of spaces is one token; every other character is its own token.
 */
final class SimpleWords {

    private SimpleWords() {
    }

    /**
     * Splits characters [from, to) of the text, writing where each token ends after bounds[0] = from, so token k is
     * [bounds[k], bounds[k + 1]); bounds needs room for to - from + 1 entries. Returns the number of tokens.
     * Places rather than substrings: the diff compares and copies tokens where they lie in the text.
     */
    static int bounds(String text, int from, int to, int[] bounds) {
        int count = 0;
        bounds[0] = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                i++;
                while (i < to && (isWordChar(text.charAt(i))
                        || (isJoiner(text.charAt(i)) && i + 1 < to && isWordChar(text.charAt(i + 1))))) {
                    i++;
                }
            } else if (c == ' ' || c == '\t') {
                while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
            } else if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                i += 2;
            } else {
                i++;
            }
            bounds[++count] = i;
        }
        return count;
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
