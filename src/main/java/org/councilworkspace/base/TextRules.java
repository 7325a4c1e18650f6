package org.councilworkspace.base;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules every service applies to text from users. Text is stored as typed (HTML, SQL, right-to-left,
 * CJK and Thai are ordinary text here and are escaped when shown); what is refused is empty text,
 * text over the limit and invisible control characters that would corrupt display or export.
 */
public final class TextRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"',;]+@[^@\\s<>\"',;]+\\.[^@\\s<>\"',;.]{2,}");

    private TextRules() {
    }

    /** A required single-line value: trimmed, not blank, at most {@code max} characters, no control characters. */
    public static String requiredLine(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "validation.required");
        }
        checkLength(field, text, max);
        if (text.codePoints().anyMatch(TextRules::isForbiddenInLine)) {
            throw new InvalidInputException(field, "validation.control-characters");
        }
        return text;
    }

    /** A required multi-line value: line breaks and tabs allowed, other control characters refused. */
    public static String requiredText(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "validation.required");
        }
        checkLength(field, text, max);
        if (text.codePoints().anyMatch(cp -> cp != '\n' && cp != '\r' && cp != '\t' && isForbiddenInLine(cp))) {
            throw new InvalidInputException(field, "validation.control-characters");
        }
        return text.replace("\r\n", "\n");
    }

    public static String username(String field, String value) {
        String name = requiredLine(field, value, 64).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException(field, "validation.username");
        }
        return name;
    }

    public static String email(String field, String value) {
        String email = requiredLine(field, value, 254);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInputException(field, "validation.email");
        }
        return email;
    }

    private static void checkLength(String field, String text, int max) {
        if (text.codePointCount(0, text.length()) > max) {
            throw new InvalidInputException(field, "validation.too-long", max);
        }
    }

    /** C0/C1 controls, and bidi overrides that can disguise text (isolates and marks stay allowed). */
    private static boolean isForbiddenInLine(int cp) {
        return Character.getType(cp) == Character.CONTROL
                || cp == 0x202A || cp == 0x202B || cp == 0x202D || cp == 0x202E
                || cp == 0xFFFE || cp == 0xFFFF;
    }
}
