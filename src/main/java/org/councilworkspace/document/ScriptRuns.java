package org.councilworkspace.document;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into runs that one font family can show: Thai in Sarabun, Japanese in Noto Sans JP, the rest
 * in Noto Sans. Spaces, digits and punctuation stay with the run they are in when its font has them, so a Thai
 * sentence with a number is one run. A character no family has is marked so the renderer can draw a visible
 * substitute instead of an empty .notdef box.
 */
final class ScriptRuns {

    /** A run of text [start, end) in one family; {@code missing} when no shipped font has its one character. */
    record ScriptRun(Face.Family family, int start, int end, boolean missing) {
    }

    private ScriptRuns() {
    }

    static List<ScriptRun> split(String text, Face.Family preferred) {
        List<ScriptRun> runs = new ArrayList<>();
        Face.Family current = null;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            Face.Family family = familyOf(cp, current == null ? preferred : current);
            if (family == null) {
                if (current != null) {
                    runs.add(new ScriptRun(current, start, i, false));
                }
                runs.add(new ScriptRun(Face.Family.LATIN, i, next, true));
                current = null;
                start = next;
            } else if (family != current) {
                if (current != null && i > start) {
                    runs.add(new ScriptRun(current, start, i, false));
                }
                current = family;
                start = i;
            }
            i = next;
        }
        if (current != null && start < text.length()) {
            runs.add(new ScriptRun(current, start, text.length(), false));
        }
        return runs;
    }

    /** The family for a character; neutral characters keep the family around them where it has them. */
    private static Face.Family familyOf(int cp, Face.Family around) {
        int script = UScript.getScript(cp);
        Face.Family own = switch (script) {
            case UScript.THAI -> Face.Family.THAI;
            case UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA -> Face.Family.JAPANESE;
            case UScript.COMMON, UScript.INHERITED, UScript.UNKNOWN -> null;
            default -> Face.Family.LATIN;
        };
        if (own != null && has(own, cp)) {
            return own;
        }
        if (has(around, cp)) {
            return around;
        }
        for (Face.Family f : Face.Family.values()) {
            if (has(f, cp)) {
                return f;
            }
        }
        return null;
    }

    private static boolean has(Face.Family family, int cp) {
        return Character.isWhitespace(cp) || FontFiles.awt(Face.of(family, false, false)).canDisplay(cp);
    }
}
