package org.councilworkspace.consultation;

import java.time.OffsetDateTime;

/**
 * One repair of a round on the record: closed before its deadline, or reopened with a new deadline, with the
 * reason given. Shown to members in the round and to the public on the round's pages.
 */
public record RoundHistoryEntry(Kind kind, OffsetDateTime at, String actorName, String reason,
                                OffsetDateTime previousClosesAt, OffsetDateTime newClosesAt) {

    public enum Kind {
        CLOSED_EARLY, REOPENED
    }
}
