package org.councilworkspace.plan.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Splits text into ICU word-break tokens; every character of the text lands in exactly one token. */
final class Tokens {

    /**
     * A BreakIterator is stateful and not thread-safe, and costly to build (its dictionaries load per
     * instance), so each thread keeps one per locale and each diff reuses it for every region.
     */
    private static final ThreadLocal<Map<Locale, BreakIterator>> ITERATORS = ThreadLocal.withInitial(HashMap::new);

    /** One-character ASCII tokens, shared: half the tokens of prose are a single space. */
    private static final String[] ASCII = new String[0x80];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private final BreakIterator words;

    Tokens(Locale locale) {
        Locale key = locale == null ? Locale.ROOT : locale;
        this.words = ITERATORS.get().computeIfAbsent(key, l -> BreakIterator.getWordInstance(ULocale.forLocale(l)));
    }

    List<String> split(String text) {
        if (text.isEmpty()) {
            return new ArrayList<>();
        }
        int[] bounds = DiffScratch.get().ints(DiffScratch.COUNTED_TOKENS, text.length() + 1);
        int count = bounds(text, 0, text.length(), bounds);
        List<String> tokens = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int start = bounds[k];
            int end = bounds[k + 1];
            char first = text.charAt(start);
            tokens.add(end == start + 1 && first < 0x80 ? ASCII[first] : text.substring(start, end));
        }
        return tokens;
    }

    /**
     * Splits characters [from, to) of the text into tokens, writing where each ends after bounds[0] = from: token k
     * is [bounds[k], bounds[k + 1]). bounds needs room for to - from + 1 entries. Returns the number of tokens.
     */
    int bounds(String text, int from, int to, int[] bounds) {
        if (!needsDictionary(text, from, to)) {
            return SimpleWords.bounds(text, from, to, bounds);
        }
        // ICU gets the range as a text of its own, as it always has: its dictionaries then see exactly the same
        // characters and break them the same way. Only scripts written without spaces take this path.
        String range = from == 0 && to == text.length() ? text : text.substring(from, to);
        words.setText(range);
        words.first();
        int count = 0;
        bounds[0] = from;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            bounds[++count] = from + end;
        }
        return count;
    }

    /** How many of the text's tokens are words, as split(text) filtered by isWord would count, copying none. */
    int countWords(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int[] bounds = DiffScratch.get().ints(DiffScratch.COUNTED_TOKENS, text.length() + 1);
        int count = bounds(text, 0, text.length(), bounds);
        int found = 0;
        for (int k = 0; k < count; k++) {
            if (isWord(text, bounds[k], bounds[k + 1])) {
                found++;
            }
        }
        return found;
    }

    /** A word has at least one letter or digit; runs of spaces, line breaks and punctuation do not count. */
    static boolean isWord(String token) {
        return isWord(token, 0, token.length());
    }

    /** As {@link #isWord(String)} for the token at characters [start, end) of the text. */
    static boolean isWord(String text, int start, int end) {
        for (int i = start; i < end; ) {
            char ascii = text.charAt(i);
            // ASCII letters and digits are exactly ASCII's letters-or-digits in ICU too; no code point lookup.
            if (ascii < 0x80) {
                if ((ascii >= 'a' && ascii <= 'z') || (ascii >= 'A' && ascii <= 'Z') || (ascii >= '0' && ascii <= '9')) {
                    return true;
                }
                i++;
                continue;
            }
            int c = codePointAt(text, i, end);
            if (UCharacter.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    static boolean isHorizontalSpace(String token) {
        return isHorizontalSpace(token, 0, token.length());
    }

    /** Whether characters [start, end) of the text are only spaces and tabs, not empty and no line break. */
    static boolean isHorizontalSpace(String text, int start, int end) {
        if (start >= end) {
            return false;
        }
        for (int i = start; i < end; ) {
            int c = codePointAt(text, i, end);
            if (c == '\n' || c == '\r' || !UCharacter.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar, Chinese, Japanese) need
     * ICU's dictionaries; everything else splits the same way by character class, many times faster.
     */
    static boolean needsDictionary(String text) {
        return needsDictionary(text, 0, text.length());
    }

    static boolean needsDictionary(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x0E00 && (c <= 0x0EFF || (c >= 0x1000 && c <= 0x109F) || (c >= 0x1780 && c <= 0x17FF)
                    || (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
                    || Character.isSurrogate(c))) {
                return true;
            }
        }
        return false;
    }

    /** The code point at i, not pairing a surrogate with a character past end: the token ends there. */
    private static int codePointAt(String text, int i, int end) {
        char high = text.charAt(i);
        if (Character.isHighSurrogate(high) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(high, text.charAt(i + 1));
        }
        return high;
    }
}
