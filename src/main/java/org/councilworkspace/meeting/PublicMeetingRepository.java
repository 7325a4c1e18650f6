package org.councilworkspace.meeting;

import static org.councilworkspace.db.Tables.MEETING;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The ids of meetings that show anything publicly: a published agenda or released minutes. */
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

    List<Long> ofCouncil(Long councilId, int limit) {
        Condition scope = councilId == null ? visible() : visible().and(MEETING.COUNCIL_ID.eq(councilId));
        return db.select(MEETING.ID).from(MEETING).where(scope)
                .orderBy(MEETING.STARTS_AT.desc(), MEETING.ID.desc()).limit(limit)
                .fetch(MEETING.ID);
    }

    /** Meetings whose minutes (summary or full) are out, newest first, for "what is new". */
    List<Long> withMinutes(int limit) {
        return db.select(MEETING.ID).from(MEETING)
                .where(MEETING.MINUTES_STATUS.in(MinutesStatus.SUMMARY_PUBLISHED.name(), MinutesStatus.PUBLISHED.name())
                        .or(MEETING.MINUTES_PUBLISHED_AT.isNotNull()))
                .orderBy(MEETING.STARTS_AT.desc(), MEETING.ID.desc()).limit(limit)
                .fetch(MEETING.ID);
    }

    boolean isVisible(long meetingId) {
        return db.fetchExists(MEETING, MEETING.ID.eq(meetingId).and(visible()));
    }
}
