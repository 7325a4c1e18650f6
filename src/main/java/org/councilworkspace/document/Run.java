package org.councilworkspace.document;

import java.util.Objects;

/** A piece of text in one style; the text is shown exactly as written. */
public record Run(String text, boolean bold, boolean italic) {

    public Run {
        Objects.requireNonNull(text, "text");
    }

    public static Run plain(String text) {
        return new Run(text, false, false);
    }

    public static Run bold(String text) {
        return new Run(text, true, false);
    }
}
