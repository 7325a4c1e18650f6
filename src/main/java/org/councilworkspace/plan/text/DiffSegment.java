package org.councilworkspace.plan.text;

import java.util.Objects;

/** One run of text in a diff: unchanged, present only in the new text, or present only in the old text. */
public record DiffSegment(Kind kind, String text) {

    public enum Kind { EQUAL, INSERTED, DELETED }

    public DiffSegment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
