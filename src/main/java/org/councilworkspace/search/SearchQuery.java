package org.councilworkspace.search;

/**
 * What a person typed, taken literally (no query syntax), and the optional filters: one council (null: every
 * council they read) and one kind (null: both).
 */
public record SearchQuery(String text, Long councilId, SearchKind kind, SearchOrder order) {

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, SearchOrder.RELEVANCE);
    }
}
