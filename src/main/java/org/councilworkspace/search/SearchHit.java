package org.councilworkspace.search;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One thing found. {@code threadId} and {@code author} are set for comments only; the snippet is the passage with
 * the matched words marked, or the start of the text when only the title matched.
 */
public record SearchHit(SearchKind kind, long councilId, long planId, long sectionId, Long threadId, String title,
                        String planTitle, String author, OffsetDateTime at, List<SnippetPart> snippet) {
}
