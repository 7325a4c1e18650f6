package org.councilworkspace.meeting;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.CALENDAR_TOKEN;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class CalendarTokenRepository {

    private final DSLContext db;

    CalendarTokenRepository(DSLContext db) {
        this.db = db;
    }

    void insert(long userId, String hash, OffsetDateTime now) {
        db.insertInto(CALENDAR_TOKEN).set(CALENDAR_TOKEN.USER_ID, userId).set(CALENDAR_TOKEN.TOKEN_HASH, hash)
                .set(CALENDAR_TOKEN.CREATED_AT, now).execute();
    }

    int revokeAll(long userId, OffsetDateTime now) {
        return db.update(CALENDAR_TOKEN).set(CALENDAR_TOKEN.REVOKED_AT, now)
                .where(CALENDAR_TOKEN.USER_ID.eq(userId).and(CALENDAR_TOKEN.REVOKED_AT.isNull())).execute();
    }

    Optional<OffsetDateTime> activeSince(long userId) {
        return db.select(CALENDAR_TOKEN.CREATED_AT).from(CALENDAR_TOKEN)
                .where(CALENDAR_TOKEN.USER_ID.eq(userId).and(CALENDAR_TOKEN.REVOKED_AT.isNull()))
                .orderBy(CALENDAR_TOKEN.CREATED_AT.desc()).limit(1).fetchOptional(CALENDAR_TOKEN.CREATED_AT);
    }

    /** The owner of a token that is neither revoked nor held by a deactivated account. */
    Optional<Long> activeOwner(String hash) {
        return db.select(CALENDAR_TOKEN.USER_ID).from(CALENDAR_TOKEN)
                .join(APP_USER).on(APP_USER.ID.eq(CALENDAR_TOKEN.USER_ID))
                .where(CALENDAR_TOKEN.TOKEN_HASH.eq(hash).and(CALENDAR_TOKEN.REVOKED_AT.isNull())
                        .and(APP_USER.ACTIVE.isTrue()))
                .fetchOptional(CALENDAR_TOKEN.USER_ID);
    }
}
