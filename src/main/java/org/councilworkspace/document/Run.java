package org.councilworkspace.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A piece of text in one style; the text is shown exactly as written. {@code underline} marks changed words in a
 * comparison (with bold, so the mark never rests on colour). A run with a {@code note} is a footnote reference: its
 * text is the note's number, drawn raised and small.
 */
public record Run(String text, boolean bold, boolean italic, boolean underline, Note note) {

    public Run {
        Objects.requireNonNull(text, "text");
    }

    public Run(String text, boolean bold, boolean italic) {
        this(text, bold, italic, false, null);
    }

    public static Run plain(String text) {
        return new Run(text, false, false);
    }

    public static Run bold(String text) {
        return new Run(text, true, false);
    }

    /** The same text marked as changed: bold and underlined. */
    public Run marked() {
        return new Run(text, true, italic, true, note);
    }

    public Run withBold() {
        return new Run(text, true, italic, underline, note);
    }

    /** Runs that may be drawn as one: same style, and neither a footnote reference. */
    boolean sameStyle(Run other) {
        return bold == other.bold && italic == other.italic && underline == other.underline && note == null
                && other.note == null;
    }

    /** Neighbouring runs in the same style become one, so words are never split by the parser's text nodes. */
    static List<Run> merged(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            if (!out.isEmpty()) {
                Run last = out.get(out.size() - 1);
                if (last.sameStyle(r)) {
                    out.set(out.size() - 1, new Run(last.text() + r.text(), r.bold(), r.italic(), r.underline(),
                            null));
                    continue;
                }
            }
            if (!r.text().isEmpty()) {
                out.add(r);
            }
        }
        return out;
    }
}
