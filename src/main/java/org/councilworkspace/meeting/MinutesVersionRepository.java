package org.councilworkspace.meeting;

import static org.councilworkspace.db.Tables.AGENDA_ITEM_NOTES;
import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.MEETING;
import static org.councilworkspace.db.Tables.MINUTES_VERSION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.db.tables.AppUser;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Approved versions of minutes, the open correction, and the history of each item's notes. */
@Repository
class MinutesVersionRepository {

    /** The meeting's version counter and open correction, read with the meeting's minutes status. */
    record State(int version, String reason, String startedByName, Long startedBy, OffsetDateTime startedAt,
                 MinutesStatus statusBefore, OffsetDateTime publishedAt, Long approvedBy) {

        Correction correction() {
            return reason == null ? null : new Correction(version, reason, startedByName, startedAt);
        }
    }

    private static final AppUser STARTER = APP_USER.as("starter");
    private static final AppUser APPROVER = APP_USER.as("version_approver");

    private final DSLContext db;

    MinutesVersionRepository(DSLContext db) {
        this.db = db;
    }

    State state(long meetingId) {
        return db.select(MEETING.MINUTES_VERSION, MEETING.CORRECTION_REASON, STARTER.DISPLAY_NAME,
                        MEETING.CORRECTION_STARTED_BY, MEETING.CORRECTION_STARTED_AT, MEETING.STATUS_BEFORE_CORRECTION,
                        MEETING.MINUTES_PUBLISHED_AT, MEETING.MINUTES_APPROVED_BY)
                .from(MEETING).leftJoin(STARTER).on(STARTER.ID.eq(MEETING.CORRECTION_STARTED_BY))
                .where(MEETING.ID.eq(meetingId))
                .fetchSingle(r -> new State(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? null : MinutesStatus.valueOf(r.value6()), r.value7(), r.value8()));
    }

    /** Reopens approved minutes as the next version's draft; false when someone else moved them first. */
    boolean startCorrection(long meetingId, MinutesStatus from, String reason, long userId, OffsetDateTime now) {
        return db.update(MEETING)
                .set(MEETING.MINUTES_STATUS, MinutesStatus.DRAFT.name())
                .set(MEETING.MINUTES_VERSION, MEETING.MINUTES_VERSION.plus(1))
                .set(MEETING.CORRECTION_REASON, reason)
                .set(MEETING.CORRECTION_STARTED_BY, userId)
                .set(MEETING.CORRECTION_STARTED_AT, now)
                .set(MEETING.STATUS_BEFORE_CORRECTION, from.name())
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.MINUTES_STATUS.eq(from.name())))
                .execute() == 1;
    }

    /** The chair's approval of the draft: the minutes move to {@code to} and the open correction, if any, closes. */
    boolean approve(long meetingId, MinutesStatus to, long approverId, OffsetDateTime now) {
        return db.update(MEETING)
                .set(MEETING.MINUTES_STATUS, to.name())
                .set(MEETING.MINUTES_APPROVED_BY, approverId)
                .set(MEETING.MINUTES_APPROVED_AT, now)
                .setNull(MEETING.CORRECTION_REASON)
                .setNull(MEETING.CORRECTION_STARTED_BY)
                .setNull(MEETING.CORRECTION_STARTED_AT)
                .setNull(MEETING.STATUS_BEFORE_CORRECTION)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(meetingId).and(MEETING.MINUTES_STATUS.eq(MinutesStatus.DRAFT.name())))
                .execute() == 1;
    }

    void insertVersion(long meetingId, int number, State state, long approverId, OffsetDateTime approvedAt,
                       String snapshot) {
        db.insertInto(MINUTES_VERSION)
                .set(MINUTES_VERSION.MEETING_ID, meetingId)
                .set(MINUTES_VERSION.NUMBER, number)
                .set(MINUTES_VERSION.REASON, state == null ? null : state.reason())
                .set(MINUTES_VERSION.CORRECTION_STARTED_BY, state == null ? null : state.startedBy())
                .set(MINUTES_VERSION.CORRECTION_STARTED_AT, state == null ? null : state.startedAt())
                .set(MINUTES_VERSION.APPROVED_BY, approverId)
                .set(MINUTES_VERSION.APPROVED_AT, approvedAt)
                .set(MINUTES_VERSION.SNAPSHOT, snapshot)
                .execute();
    }

    boolean hasVersion(long meetingId, int number) {
        return db.fetchExists(MINUTES_VERSION, MINUTES_VERSION.MEETING_ID.eq(meetingId)
                .and(MINUTES_VERSION.NUMBER.eq(number)));
    }

    /** Approved versions, oldest first. */
    List<ApprovedVersion> versions(long meetingId) {
        return db.select(MINUTES_VERSION.NUMBER, MINUTES_VERSION.REASON, STARTER.DISPLAY_NAME, APPROVER.DISPLAY_NAME,
                        MINUTES_VERSION.APPROVED_AT)
                .from(MINUTES_VERSION)
                .join(APPROVER).on(APPROVER.ID.eq(MINUTES_VERSION.APPROVED_BY))
                .leftJoin(STARTER).on(STARTER.ID.eq(MINUTES_VERSION.CORRECTION_STARTED_BY))
                .where(MINUTES_VERSION.MEETING_ID.eq(meetingId))
                .orderBy(MINUTES_VERSION.NUMBER)
                .fetch(r -> new ApprovedVersion(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    Optional<String> snapshot(long meetingId, int number) {
        return db.select(MINUTES_VERSION.SNAPSHOT).from(MINUTES_VERSION)
                .where(MINUTES_VERSION.MEETING_ID.eq(meetingId).and(MINUTES_VERSION.NUMBER.eq(number)))
                .fetchOptional(MINUTES_VERSION.SNAPSHOT);
    }

    void insertNotes(long itemId, int minutesVersion, String notes, long userId, OffsetDateTime now) {
        db.insertInto(AGENDA_ITEM_NOTES)
                .set(AGENDA_ITEM_NOTES.AGENDA_ITEM_ID, itemId)
                .set(AGENDA_ITEM_NOTES.MINUTES_VERSION, minutesVersion)
                .set(AGENDA_ITEM_NOTES.NOTES, notes)
                .set(AGENDA_ITEM_NOTES.SAVED_BY, userId)
                .set(AGENDA_ITEM_NOTES.SAVED_AT, now)
                .execute();
    }

    /** Every save of an item's notes, newest first. */
    List<NotesVersion> notesHistory(long itemId) {
        return db.select(AGENDA_ITEM_NOTES.ID, AGENDA_ITEM_NOTES.MINUTES_VERSION, AGENDA_ITEM_NOTES.NOTES,
                        APP_USER.DISPLAY_NAME, AGENDA_ITEM_NOTES.SAVED_AT)
                .from(AGENDA_ITEM_NOTES)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(AGENDA_ITEM_NOTES.SAVED_BY))
                .where(AGENDA_ITEM_NOTES.AGENDA_ITEM_ID.eq(itemId))
                .orderBy(AGENDA_ITEM_NOTES.ID.desc())
                .fetch(r -> new NotesVersion(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
