package org.councilworkspace.base;

import static org.councilworkspace.db.Tables.MEMBERSHIP;

import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * Which membership rows count on a day, written once for every feature's queries: a membership has started on or
 * before the day and has not ended by it. Its end day is the first day it no longer counts, so a member ended today
 * is no longer one today. The day is the caller's, read from the injected clock.
 */
public final class CurrentMembership {

    private CurrentMembership() {
    }

    /** The membership row is current on {@code today}. */
    public static Condition on(LocalDate today) {
        return MEMBERSHIP.ACTIVE_FROM.le(today).and(MEMBERSHIP.ACTIVE_TO.isNull().or(MEMBERSHIP.ACTIVE_TO.gt(today)));
    }

    /** The person's current membership of the council in {@code councilId}, for joining a query on its council. */
    public static Condition of(long userId, Field<Long> councilId, LocalDate today) {
        return MEMBERSHIP.COUNCIL_ID.eq(councilId).and(MEMBERSHIP.USER_ID.eq(userId)).and(on(today));
    }
}
