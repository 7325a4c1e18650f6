package org.councilworkspace.meeting;

import static org.councilworkspace.db.Tables.ACTION_ITEM;
import static org.councilworkspace.db.Tables.AGENDA_ITEM;
import static org.councilworkspace.db.Tables.MEETING;
import static org.councilworkspace.db.Tables.MEETING_DECISION;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Which meetings there are, and which meeting an agenda item, decision or action item belongs to. */
@Repository
class MeetingTextRepository {

    private final DSLContext db;

    MeetingTextRepository(DSLContext db) {
        this.db = db;
    }

    List<Long> page(long afterId, int limit) {
        return db.select(MEETING.ID).from(MEETING).where(MEETING.ID.gt(afterId)).orderBy(MEETING.ID).limit(limit)
                .fetch(MEETING.ID);
    }

    Optional<Long> meetingOfItem(long itemId) {
        return db.select(AGENDA_ITEM.MEETING_ID).from(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId))
                .fetchOptional(AGENDA_ITEM.MEETING_ID);
    }

    Optional<Long> meetingOfDecision(long decisionId) {
        return db.select(AGENDA_ITEM.MEETING_ID).from(MEETING_DECISION)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(MEETING_DECISION.AGENDA_ITEM_ID))
                .where(MEETING_DECISION.ID.eq(decisionId)).fetchOptional(AGENDA_ITEM.MEETING_ID);
    }

    Optional<Long> meetingOfAction(long actionId) {
        return db.select(ACTION_ITEM.MEETING_ID).from(ACTION_ITEM).where(ACTION_ITEM.ID.eq(actionId))
                .fetchOptional(ACTION_ITEM.MEETING_ID);
    }
}
