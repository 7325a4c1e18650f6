package org.councilworkspace.search;

/** A piece of a hit's snippet: plain text, marked when it is a word the search matched. Never markup. */
public record SnippetPart(String text, boolean match) {
}
