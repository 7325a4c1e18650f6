package org.councilworkspace.meeting;

import static org.councilworkspace.db.Tables.ACTION_ITEM;
import static org.councilworkspace.db.Tables.AGENDA_ITEM;
import static org.councilworkspace.db.Tables.COUNCIL;
import static org.councilworkspace.db.Tables.MEETING;
import static org.councilworkspace.db.Tables.MEETING_DECISION;
import static org.councilworkspace.db.Tables.MEETING_INVITEE;
import static org.councilworkspace.db.Tables.MEMBERSHIP;

import java.util.List;
import org.councilworkspace.base.OpenTaskQueries.Asked;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Meetings waiting for a person: invitations to answer and minutes to approve, across all their councils. */
@Repository
class MeetingTaskRepository {

    record MeetingRef(String councilName, long meetingId, String title) {
    }

    private final DSLContext db;

    MeetingTaskRepository(DSLContext db) {
        this.db = db;
    }

    /** Meetings still to come to which the person is invited and has not answered, soonest first. */
    List<MeetingRef> unanswered(Asked asked) {
        return db.select(COUNCIL.NAME, MEETING.ID, MEETING.TITLE).from(MEETING_INVITEE)
                .join(MEETING).on(MEETING.ID.eq(MEETING_INVITEE.MEETING_ID))
                .join(COUNCIL).on(COUNCIL.ID.eq(MEETING.COUNCIL_ID))
                .join(MEMBERSHIP).on(asked.currentMembershipIn(COUNCIL.ID))
                .where(MEETING_INVITEE.USER_ID.eq(asked.personId())
                        .and(MEETING_INVITEE.RESPONSE.eq(InvitationResponse.PENDING.name()))
                        .and(MEETING.STARTS_AT.gt(asked.now())))
                .orderBy(MEETING.STARTS_AT, MEETING.ID)
                .limit(asked.limit())
                .fetch(r -> new MeetingRef(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Draft minutes the chair or vice-chair could approve now: of meetings that have started, with something written
     * in them (notes, a decision or an action item), in councils where the person chairs.
     */
    List<MeetingRef> minutesToApprove(Asked asked) {
        Condition written = DSL.exists(DSL.selectOne().from(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(MEETING.ID)
                        .and(AGENDA_ITEM.NOTES.isNotNull())))
                .or(DSL.exists(DSL.selectOne().from(ACTION_ITEM).where(ACTION_ITEM.MEETING_ID.eq(MEETING.ID))))
                .or(DSL.exists(DSL.selectOne().from(MEETING_DECISION).join(AGENDA_ITEM)
                        .on(AGENDA_ITEM.ID.eq(MEETING_DECISION.AGENDA_ITEM_ID))
                        .where(AGENDA_ITEM.MEETING_ID.eq(MEETING.ID))));
        return db.select(COUNCIL.NAME, MEETING.ID, MEETING.TITLE).from(MEETING)
                .join(COUNCIL).on(COUNCIL.ID.eq(MEETING.COUNCIL_ID))
                .join(MEMBERSHIP).on(asked.currentMembershipIn(COUNCIL.ID)
                        .and(MEMBERSHIP.ROLE.in("CHAIR", "VICE_CHAIR")))
                .where(MEETING.MINUTES_STATUS.eq(MinutesStatus.DRAFT.name()).and(MEETING.STARTS_AT.le(asked.now()))
                        .and(written))
                .orderBy(MEETING.STARTS_AT, MEETING.ID)
                .limit(asked.limit())
                .fetch(r -> new MeetingRef(r.value1(), r.value2(), r.value3()));
    }
}
