package org.councilworkspace.search;

/** What a hit is: a section's current text, or a comment in one of its threads. */
public enum SearchKind { SECTION, COMMENT }
