package org.councilworkspace.search;

import java.util.List;

/**
 * The hits shown (the best {@code hits.size()} of {@code total}). {@code queryCut}: the query was longer than
 * {@link SearchService#MAX_QUERY} characters and only its beginning was searched. {@code rebuilding}: the index is
 * being built from the database, so some things may be missing for a moment.
 */
public record SearchResults(List<SearchHit> hits, long total, boolean queryCut, boolean rebuilding) {
}
