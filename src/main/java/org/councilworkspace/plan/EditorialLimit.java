package org.councilworkspace.plan;

import java.util.Locale;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.plan.text.WordDiff;

/**
 * How much an editorial change may change. An editorial save leaves every position on the section standing, so it
 * must stay small: a tenth of the section's words, at least 5 (a typo in a short section) and at most 50, whatever
 * the section's length. Anything larger is a substantive change and must be saved as one.
 */
final class EditorialLimit {

    static final int FLOOR = 5;
    static final int CEILING = 50;

    private EditorialLimit() {
    }

    static int allowed(int wordsInSection) {
        return Math.max(FLOOR, Math.min(CEILING, wordsInSection / 10));
    }

    /** Refuses, naming both figures, a change larger than an editorial one may be. */
    static void check(String currentText, String newText) {
        int words = WordDiff.changedWords(WordDiff.diff("", currentText, Locale.ROOT));
        int changed = WordDiff.changedWords(WordDiff.diff(currentText, newText, Locale.ROOT));
        int allowed = allowed(words);
        if (changed > allowed) {
            throw new InvalidInputException("body", "editor.editorial-too-large", changed, allowed);
        }
    }
}
