package org.councilworkspace.meeting;

import static org.councilworkspace.db.Tables.MEETING;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Which meetings show anything publicly: a published agenda or released minutes. */
@Repository
class PublicMeetingRepository {

    private final DSLContext db;

    PublicMeetingRepository(DSLContext db) {
        this.db = db;
    }

    static Condition visible() {
        return MEETING.AGENDA_PUBLISHED_AT.isNotNull()
                .or(MEETING.MINUTES_STATUS.in(MinutesStatus.SUMMARY_PUBLISHED.name(), MinutesStatus.PUBLISHED.name()))
                .or(MEETING.MINUTES_PUBLISHED_AT.isNotNull());
    }

    static Condition ofCouncil(Long councilId) {
        return councilId == null ? visible() : visible().and(MEETING.COUNCIL_ID.eq(councilId));
    }

    /** Meetings whose minutes (summary or full) are out, for "what is new". */
    static Condition withMinutes() {
        return MEETING.MINUTES_STATUS.in(MinutesStatus.SUMMARY_PUBLISHED.name(), MinutesStatus.PUBLISHED.name())
                .or(MEETING.MINUTES_PUBLISHED_AT.isNotNull());
    }

    boolean isVisible(long meetingId) {
        return db.fetchExists(MEETING, MEETING.ID.eq(meetingId).and(visible()));
    }
}
