package org.councilworkspace.search;

import java.time.LocalDate;
import org.councilworkspace.council.StakeholderGroup;

/**
 * What a person typed, taken literally (no query syntax), and the optional filters, each null when not used: one
 * council and one plan (of those they read), one kind, words of the author's name, the author's stakeholder
 * group, and the days the thing was last written between (both included, in UTC).
 */
public record SearchQuery(String text, Long councilId, Long planId, SearchKind kind, String author,
                          StakeholderGroup group, LocalDate from, LocalDate to, SearchOrder order) {

    public SearchQuery(String text, Long councilId, SearchKind kind, SearchOrder order) {
        this(text, councilId, null, kind, null, null, null, null, order);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, SearchOrder.RELEVANCE);
    }
}
