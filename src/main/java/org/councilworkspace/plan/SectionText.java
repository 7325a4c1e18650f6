package org.councilworkspace.plan;

import org.councilworkspace.base.InvalidInputException;

/** Rules for a section's Markdown text: kept exactly as typed, with a size limit and no control characters. */
final class SectionText {

    /** About 60 pages of text in one section: far beyond a real section, small enough to diff quickly. */
    static final int MAX_LENGTH = 200_000;

    private SectionText() {
    }

    static String check(String text) {
        String body = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        if (body.length() > MAX_LENGTH) {
            throw new InvalidInputException("body", "validation.too-long", MAX_LENGTH);
        }
        if (body.codePoints().anyMatch(cp -> cp != '\n' && cp != '\t' && Character.getType(cp) == Character.CONTROL)) {
            throw new InvalidInputException("body", "validation.control-characters");
        }
        return body;
    }

    static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String text = note.strip();
        if (text.length() > 500) {
            throw new InvalidInputException("note", "validation.too-long", 500);
        }
        if (text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL)) {
            throw new InvalidInputException("note", "validation.control-characters");
        }
        return text;
    }
}
