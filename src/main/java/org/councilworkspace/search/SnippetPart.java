package org.councilworkspace.search;

import java.util.List;

/** A piece of a hit's snippet: plain text, marked when it is a word the search matched. Never markup. */
public record SnippetPart(String text, boolean match) {

    /** Adds a piece; adjacent pieces of the same kind become one (Japanese pairs of characters overlap, for one). */
    static void append(List<SnippetPart> parts, String text, boolean match) {
        if (text.isEmpty()) {
            return;
        }
        SnippetPart last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last != null && last.match() == match) {
            parts.set(parts.size() - 1, new SnippetPart(last.text() + text, match));
        } else {
            parts.add(new SnippetPart(text, match));
        }
    }
}
