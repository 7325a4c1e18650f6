package org.councilworkspace.consultation;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.CONSULTATION_ROUND_HISTORY;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Early closes and reopenings of rounds, appended and never changed. */
@Repository
class RoundHistoryRepository {

    private final DSLContext db;

    RoundHistoryRepository(DSLContext db) {
        this.db = db;
    }

    void append(long roundId, RoundHistoryEntry.Kind kind, long actedBy, OffsetDateTime at, String reason,
                OffsetDateTime previousClosesAt, OffsetDateTime newClosesAt) {
        db.insertInto(CONSULTATION_ROUND_HISTORY)
                .set(CONSULTATION_ROUND_HISTORY.ROUND_ID, roundId)
                .set(CONSULTATION_ROUND_HISTORY.KIND, kind.name())
                .set(CONSULTATION_ROUND_HISTORY.ACTED_BY, actedBy)
                .set(CONSULTATION_ROUND_HISTORY.ACTED_AT, at)
                .set(CONSULTATION_ROUND_HISTORY.REASON, reason)
                .set(CONSULTATION_ROUND_HISTORY.PREVIOUS_CLOSES_AT, previousClosesAt)
                .set(CONSULTATION_ROUND_HISTORY.NEW_CLOSES_AT, newClosesAt)
                .execute();
    }

    List<RoundHistoryEntry> of(long roundId) {
        return db.select(CONSULTATION_ROUND_HISTORY.asterisk(), APP_USER.DISPLAY_NAME)
                .from(CONSULTATION_ROUND_HISTORY)
                .join(APP_USER).on(APP_USER.ID.eq(CONSULTATION_ROUND_HISTORY.ACTED_BY))
                .where(CONSULTATION_ROUND_HISTORY.ROUND_ID.eq(roundId))
                .orderBy(CONSULTATION_ROUND_HISTORY.ID)
                .fetch(r -> {
                    var h = r.into(CONSULTATION_ROUND_HISTORY);
                    return new RoundHistoryEntry(RoundHistoryEntry.Kind.valueOf(h.getKind()), h.getActedAt(),
                            r.get(APP_USER.DISPLAY_NAME), h.getReason(), h.getPreviousClosesAt(), h.getNewClosesAt());
                });
    }
}
