package org.councilworkspace.search;

import java.util.List;
import java.util.Set;

/**
 * A search as every engine receives it, with no engine's syntax in it. {@code parts}: what was typed, cut into its
 * space-separated parts, each taken literally; every part that has a word in it must occur, its words in a row, in
 * the title (counted double) or the text, and a search without any word finds nothing. {@code readers}: a document
 * is readable when it matches one of them. The other filters narrow that further; each is null when not used.
 * {@code author} is matched word by word (all its words, in any order); {@code from} and {@code to} are epoch
 * milliseconds, both included.
 */
record EngineQuery(List<String> parts, List<Readers> readers, SearchKind kind, Long planId, String group,
                   String author, Long from, Long to, SearchOrder order, int max) {

    /**
     * Documents of these councils (null: of every council) whose audience is one of these. The reader filter groups
     * a person's councils by the audiences their role reads there, so there are as many of these as distinct sets.
     */
    record Readers(Set<String> councils, Set<String> audiences) {
    }

    /** The best {@code hits} of {@code total} that matched. */
    record Found(List<SearchHit> hits, long total) {

        static final Found NOTHING = new Found(List.of(), 0);
    }
}
