package org.councilworkspace.plan.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into ICU word-break tokens; every character of the text lands in exactly one token. */
final class Tokens {

    private final BreakIterator words;

    Tokens(Locale locale) {
        // A BreakIterator is stateful and not thread-safe, so each diff gets its own and reuses it for every region.
        this.words = BreakIterator.getWordInstance(ULocale.forLocale(locale == null ? Locale.ROOT : locale));
    }

    List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        if (text.isEmpty()) {
            return tokens;
        }
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            tokens.add(text.substring(start, end));
        }
        return tokens;
    }

    /** A word has at least one letter or digit; runs of spaces, line breaks and punctuation do not count. */
    static boolean isWord(String token) {
        return token.codePoints().anyMatch(UCharacter::isLetterOrDigit);
    }

    static boolean isHorizontalSpace(String token) {
        return !token.isEmpty() && token.codePoints().allMatch(c -> c != '\n' && c != '\r' && UCharacter.isWhitespace(c));
    }
}
