package org.councilworkspace.meeting;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.COUNCIL;
import static org.councilworkspace.db.Tables.MEETING;
import static org.councilworkspace.db.Tables.MEETING_INVITEE;
import static org.councilworkspace.db.Tables.MEETING_SETTINGS;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.PLAN_VERSION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.base.CurrentMembership;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class MeetingRepository {

    static final int DEFAULT_NOTICE_DAYS = 7;
    private static final org.councilworkspace.db.tables.AppUser APPROVER = APP_USER.as("approver");

    private final DSLContext db;

    MeetingRepository(DSLContext db) {
        this.db = db;
    }

    int noticeDays(long councilId) {
        return db.select(MEETING_SETTINGS.NOTICE_DAYS).from(MEETING_SETTINGS)
                .where(MEETING_SETTINGS.COUNCIL_ID.eq(councilId))
                .fetchOptional(MEETING_SETTINGS.NOTICE_DAYS).orElse(DEFAULT_NOTICE_DAYS);
    }

    void setNoticeDays(long councilId, int days) {
        int updated = db.update(MEETING_SETTINGS).set(MEETING_SETTINGS.NOTICE_DAYS, days)
                .set(MEETING_SETTINGS.VERSION, MEETING_SETTINGS.VERSION.plus(1))
                .where(MEETING_SETTINGS.COUNCIL_ID.eq(councilId)).execute();
        if (updated == 0) {
            db.insertInto(MEETING_SETTINGS).set(MEETING_SETTINGS.COUNCIL_ID, councilId)
                    .set(MEETING_SETTINGS.NOTICE_DAYS, days).execute();
        }
    }

    long insert(long councilId, NewMeeting m, long createdBy, OffsetDateTime now) {
        return db.insertInto(MEETING)
                .set(MEETING.COUNCIL_ID, councilId)
                .set(MEETING.KIND, m.kind().name())
                .set(MEETING.TITLE, m.title())
                .set(MEETING.STARTS_AT, m.startsAt())
                .set(MEETING.ENDS_AT, m.endsAt())
                .set(MEETING.PLACE, m.place())
                .set(MEETING.ONLINE_LINK, m.onlineLink())
                .set(MEETING.PLAN_VERSION_ID, m.planVersionId())
                .set(MEETING.CREATED_BY, createdBy)
                .set(MEETING.CREATED_AT, now)
                .returningResult(MEETING.ID)
                .fetchOne(MEETING.ID);
    }

    boolean update(long meetingId, NewMeeting m, int expectedVersion) {
        return db.update(MEETING)
                .set(MEETING.KIND, m.kind().name())
                .set(MEETING.TITLE, m.title())
                .set(MEETING.STARTS_AT, m.startsAt())
                .set(MEETING.ENDS_AT, m.endsAt())
                .set(MEETING.PLACE, m.place())
                .set(MEETING.ONLINE_LINK, m.onlineLink())
                .set(MEETING.PLAN_VERSION_ID, m.planVersionId())
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    Optional<Meeting> find(long meetingId) {
        return select().where(MEETING.ID.eq(meetingId)).fetchOptional(MeetingRepository::toMeeting);
    }

    /** Upcoming meetings (not yet ended) soonest first, or past ones newest first. */
    List<Meeting> ofCouncil(long councilId, boolean upcoming, OffsetDateTime now, int offset, int limit) {
        return select().where(MEETING.COUNCIL_ID.eq(councilId).and(when(upcoming, now)))
                .orderBy(upcoming ? MEETING.STARTS_AT.asc() : MEETING.STARTS_AT.desc(), MEETING.ID)
                .offset(offset).limit(limit)
                .fetch(MeetingRepository::toMeeting);
    }

    /** Meetings matching a condition, newest first, in one query (for the public portal's lists). */
    List<Meeting> matching(Condition condition, int limit) {
        return select().where(condition).orderBy(MEETING.STARTS_AT.desc(), MEETING.ID.desc()).limit(limit)
                .fetch(MeetingRepository::toMeeting);
    }

    int countOfCouncil(long councilId, boolean upcoming, OffsetDateTime now) {
        return db.fetchCount(MEETING, MEETING.COUNCIL_ID.eq(councilId).and(when(upcoming, now)));
    }

    /** Meetings of every council the person is a current member of, from {@code since}, for their calendar feed. */
    List<Meeting> forCalendar(long userId, LocalDate today, OffsetDateTime since) {
        var councils = DSL.select(MEMBERSHIP.COUNCIL_ID).from(MEMBERSHIP)
                .where(MEMBERSHIP.USER_ID.eq(userId).and(CurrentMembership.on(today)));
        return select().where(MEETING.COUNCIL_ID.in(councils).and(MEETING.ENDS_AT.ge(since)))
                .orderBy(MEETING.STARTS_AT).limit(1000)
                .fetch(MeetingRepository::toMeeting);
    }

    boolean publishAgenda(long meetingId, OffsetDateTime now, boolean late) {
        return db.update(MEETING).set(MEETING.AGENDA_PUBLISHED_AT, now).set(MEETING.AGENDA_PUBLISHED_LATE, late)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.AGENDA_PUBLISHED_AT.isNull())).execute() == 1;
    }

    /** Releases approved minutes a stage further; false when someone else moved them first. */
    boolean moveMinutes(long meetingId, MinutesStatus from, MinutesStatus to, String summary, OffsetDateTime now) {
        var update = db.update(MEETING).set(MEETING.MINUTES_STATUS, to.name())
                .set(MEETING.VERSION, MEETING.VERSION.plus(1));
        switch (to) {
            case SUMMARY_PUBLISHED -> update = update.set(MEETING.MINUTES_SUMMARY, summary)
                    .set(MEETING.SUMMARY_PUBLISHED_AT, now);
            case PUBLISHED -> update = update.set(MEETING.MINUTES_PUBLISHED_AT, now);
            default -> throw new IllegalArgumentException(to.name());
        }
        return update.where(MEETING.ID.eq(meetingId).and(MEETING.MINUTES_STATUS.eq(from.name()))).execute() == 1;
    }

    void invite(long meetingId, Collection<Long> userIds) {
        for (Long userId : userIds) {
            db.insertInto(MEETING_INVITEE).set(MEETING_INVITEE.MEETING_ID, meetingId)
                    .set(MEETING_INVITEE.USER_ID, userId).onDuplicateKeyIgnore().execute();
        }
    }

    List<Invitee> invitees(long meetingId, long councilId) {
        return db.select(MEETING_INVITEE.USER_ID, APP_USER.DISPLAY_NAME, DSL.max(MEMBERSHIP.ORGANIZATION_NAME),
                        MEETING_INVITEE.RESPONSE, MEETING_INVITEE.REPRESENTATIVE, MEETING_INVITEE.RESPONDED_AT,
                        MEETING_INVITEE.ATTENDED)
                .from(MEETING_INVITEE)
                .join(APP_USER).on(APP_USER.ID.eq(MEETING_INVITEE.USER_ID))
                .leftJoin(MEMBERSHIP).on(MEMBERSHIP.USER_ID.eq(MEETING_INVITEE.USER_ID)
                        .and(MEMBERSHIP.COUNCIL_ID.eq(councilId)))
                .where(MEETING_INVITEE.MEETING_ID.eq(meetingId))
                .groupBy(MEETING_INVITEE.USER_ID, APP_USER.DISPLAY_NAME, MEETING_INVITEE.RESPONSE,
                        MEETING_INVITEE.REPRESENTATIVE, MEETING_INVITEE.RESPONDED_AT, MEETING_INVITEE.ATTENDED)
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(r -> new Invitee(r.value1(), r.value2(), r.value3(), InvitationResponse.valueOf(r.value4()),
                        r.value5(), r.value6(), r.value7()));
    }

    List<Long> inviteeIds(long meetingId) {
        return db.select(MEETING_INVITEE.USER_ID).from(MEETING_INVITEE)
                .where(MEETING_INVITEE.MEETING_ID.eq(meetingId)).fetch(MEETING_INVITEE.USER_ID);
    }

    boolean respond(long meetingId, long userId, InvitationResponse response, String representative,
                    OffsetDateTime now) {
        return db.update(MEETING_INVITEE).set(MEETING_INVITEE.RESPONSE, response.name())
                .set(MEETING_INVITEE.REPRESENTATIVE, representative).set(MEETING_INVITEE.RESPONDED_AT, now)
                .where(MEETING_INVITEE.MEETING_ID.eq(meetingId).and(MEETING_INVITEE.USER_ID.eq(userId)))
                .execute() == 1;
    }

    boolean recordAttendance(long meetingId, long userId, boolean attended) {
        return db.update(MEETING_INVITEE).set(MEETING_INVITEE.ATTENDED, attended)
                .where(MEETING_INVITEE.MEETING_ID.eq(meetingId).and(MEETING_INVITEE.USER_ID.eq(userId)))
                .execute() == 1;
    }

    private static Condition when(boolean upcoming, OffsetDateTime now) {
        return upcoming ? MEETING.ENDS_AT.ge(now) : MEETING.ENDS_AT.lt(now);
    }

    private SelectOnConditionStep<Record> select() {
        return db.select(MEETING.asterisk(), COUNCIL.NAME, PLAN_VERSION.LABEL, APPROVER.DISPLAY_NAME)
                .from(MEETING)
                .join(COUNCIL).on(COUNCIL.ID.eq(MEETING.COUNCIL_ID))
                .leftJoin(PLAN_VERSION).on(PLAN_VERSION.ID.eq(MEETING.PLAN_VERSION_ID))
                .leftJoin(APPROVER).on(APPROVER.ID.eq(MEETING.MINUTES_APPROVED_BY));
    }

    private static Meeting toMeeting(Record r) {
        return new Meeting(r.get(MEETING.ID), r.get(MEETING.COUNCIL_ID), r.get(COUNCIL.NAME),
                MeetingKind.valueOf(r.get(MEETING.KIND)), r.get(MEETING.TITLE), r.get(MEETING.STARTS_AT),
                r.get(MEETING.ENDS_AT), r.get(MEETING.PLACE), r.get(MEETING.ONLINE_LINK), r.get(MEETING.PLAN_VERSION_ID),
                r.get(PLAN_VERSION.LABEL), r.get(MEETING.AGENDA_PUBLISHED_AT), r.get(MEETING.AGENDA_PUBLISHED_LATE),
                MinutesStatus.valueOf(r.get(MEETING.MINUTES_STATUS)), r.get(MEETING.MINUTES_SUMMARY),
                r.get(MEETING.MINUTES_APPROVED_AT), r.get(APPROVER.DISPLAY_NAME), r.get(MEETING.VERSION));
    }
}
