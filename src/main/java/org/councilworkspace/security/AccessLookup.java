package org.councilworkspace.security;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.MEMBERSHIP;

import java.time.LocalDate;
import java.util.Optional;
import org.councilworkspace.base.CurrentMembership;
import org.councilworkspace.db.tables.records.AppUserRecord;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Repository;

/** The two reads every permission check needs: the acting account and its current membership (see {@link AccessMemo}). */
@Repository
class AccessLookup {

    private final DSLContext db;

    AccessLookup(DSLContext db) {
        this.db = db;
    }

    Optional<AppUserRecord> activeUser(long userId) {
        return AccessMemo.get("user:" + userId, () -> db.selectFrom(APP_USER)
                .where(APP_USER.ID.eq(userId).and(APP_USER.ACTIVE.isTrue()))
                .fetchOptional());
    }

    Optional<Record2<Long, String>> currentMembership(long userId, long councilId, LocalDate today) {
        return AccessMemo.get("member:" + userId + ":" + councilId + ":" + today, () -> db.select(MEMBERSHIP.ID, MEMBERSHIP.ROLE)
                .from(MEMBERSHIP)
                .where(MEMBERSHIP.USER_ID.eq(userId)
                        .and(MEMBERSHIP.COUNCIL_ID.eq(councilId))
                        .and(CurrentMembership.on(today)))
                .orderBy(MEMBERSHIP.ID.desc())
                .limit(1)
                .fetchOptional());
    }
}
