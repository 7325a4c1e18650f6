package org.councilworkspace.plan;

import java.time.OffsetDateTime;

/**
 * One naming of a lead drafter: who, when and by whom they were named, and when and by whom it ended (both null
 * while they still lead). Leads named before this was recorded have no date or name of who named them.
 */
public record LeadTerm(long userId, String displayName, OffsetDateTime addedAt, String addedBy,
                       OffsetDateTime endedAt, String endedBy) {

    public boolean current() {
        return endedAt == null;
    }
}
