package org.councilworkspace.document;

import java.util.List;

/** A footnote: its number in the section (from 1) and its text. */
public record Note(int number, List<Run> text) {

    public Note {
        text = List.copyOf(text);
    }
}
