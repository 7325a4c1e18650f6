package org.councilworkspace.search;

import java.util.Arrays;
import java.util.List;

/**
 * Cuts what a person typed into the parts every engine searches, taking every character literally: there is no
 * query syntax to get wrong, so quotes, stars, brackets and AND/OR/NOT are just text (and punctuation finds nothing
 * by itself). Each space-separated part must occur, its words in a row (a Thai or Japanese part without spaces is
 * several words, found only together); see {@link EngineQuery}. Very long input is cut first.
 */
final class QueryText {

    private final int maxChars;
    private final int maxParts;

    QueryText(int maxChars, int maxParts) {
        this.maxChars = maxChars;
        this.maxParts = maxParts;
    }

    /** The parts searched, and whether the text had to be cut. */
    record Typed(List<String> parts, boolean cut) {
    }

    Typed parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        boolean cut = false;
        if (text.codePointCount(0, text.length()) > maxChars) {
            text = text.substring(0, text.offsetByCodePoints(0, maxChars));
            cut = true;
        }
        String[] parts = text.isEmpty() ? new String[0] : text.split("\\s+");
        if (parts.length > maxParts) {
            cut = true;
        }
        return new Typed(Arrays.asList(parts).subList(0, Math.min(parts.length, maxParts)), cut);
    }
}
