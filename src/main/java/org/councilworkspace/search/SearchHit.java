package org.councilworkspace.search;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One thing found. {@code planId} and {@code sectionId} are set when it belongs to a plan or section;
 * {@code threadId} for comments; {@code objectId} is what the hit opens for the other kinds (the amendment, plan,
 * round, meeting, measure or published version) and {@code anchor} the place on that page, if any. The snippet
 * is the passage with the matched words marked, or the start of the text when only the title matched.
 */
public record SearchHit(SearchKind kind, long councilId, Long planId, Long sectionId, Long threadId, long objectId,
                        String anchor, String title, String planTitle, String author, OffsetDateTime at,
                        List<SnippetPart> snippet) {
}
