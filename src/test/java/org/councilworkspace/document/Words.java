package org.councilworkspace.document;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/** Where a passage was cut into lines, checked against ICU's word boundaries (dictionary-based for Thai and Japanese). */
final class Words {

    private Words() {
    }

    /** The line ends that fall inside a word, as "…before|after…" for the failure message. */
    static List<String> cutsInsideWords(String passage, List<String> lines, String language) {
        BreakIterator words = BreakIterator.getWordInstance(new ULocale(language));
        words.setText(passage);
        List<String> bad = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            at += lines.get(i).length();
            if (!words.isBoundary(at)) {
                bad.add(passage.substring(Math.max(0, at - 6), at) + "|" + passage.substring(at, Math.min(passage.length(), at + 6)));
            }
        }
        return bad;
    }
}
