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

    private final BreakIterator words;

    Tokens(Locale locale) {
        Locale key = locale == null ? Locale.ROOT : locale;
        this.words = ITERATORS.get().computeIfAbsent(key, l -> BreakIterator.getWordInstance(ULocale.forLocale(l)));
    }

    List<String> split(String text) {
        if (text.isEmpty()) {
            return new ArrayList<>();
        }
        if (!needsDictionary(text)) {
            // Sized for prose, about one token in three characters (a word, then a space), to spare the regrowth.
            return SimpleWords.split(text, new ArrayList<>(text.length() / 3 + 1));
        }
        List<String> tokens = new ArrayList<>();
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            tokens.add(text.substring(start, end));
        }
        return tokens;
    }

    /** A word has at least one letter or digit; runs of spaces, line breaks and punctuation do not count. */
    static boolean isWord(String token) {
        for (int i = 0; i < token.length(); ) {
            char ascii = token.charAt(i);
            // ASCII letters and digits are exactly ASCII's letters-or-digits in ICU too; no code point lookup.
            if (ascii < 0x80) {
                if ((ascii >= 'a' && ascii <= 'z') || (ascii >= 'A' && ascii <= 'Z') || (ascii >= '0' && ascii <= '9')) {
                    return true;
                }
                i++;
                continue;
            }
            int c = token.codePointAt(i);
            if (UCharacter.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    static boolean isHorizontalSpace(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0E00 && (c <= 0x0EFF || (c >= 0x1000 && c <= 0x109F) || (c >= 0x1780 && c <= 0x17FF)
                    || (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
                    || Character.isSurrogate(c))) {
                return true;
            }
        }
        return false;
    }
}
