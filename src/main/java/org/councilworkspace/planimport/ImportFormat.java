package org.councilworkspace.planimport;

/** The kinds of file an outline can be imported from. */
public enum ImportFormat {
    DOCX,
    MARKDOWN,
    PLAIN_TEXT
}
