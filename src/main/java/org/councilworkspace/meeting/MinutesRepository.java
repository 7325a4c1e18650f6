package org.councilworkspace.meeting;

import static org.councilworkspace.db.Tables.ACTION_ITEM;
import static org.councilworkspace.db.Tables.AGENDA_ITEM;
import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.MEETING;
import static org.councilworkspace.db.Tables.MEETING_DECISION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class MinutesRepository {

    private final DSLContext db;

    MinutesRepository(DSLContext db) {
        this.db = db;
    }

    long insertDecision(long itemId, String text, AgendaLink link, String linkTitle, long userId, OffsetDateTime now) {
        return db.insertInto(MEETING_DECISION)
                .set(MEETING_DECISION.AGENDA_ITEM_ID, itemId)
                .set(MEETING_DECISION.TEXT, text)
                .set(MEETING_DECISION.LINK_KIND, link == null ? null : link.kind().name())
                .set(MEETING_DECISION.LINK_TARGET_ID, link == null ? null : link.targetId())
                .set(MEETING_DECISION.LINK_TITLE, linkTitle)
                .set(MEETING_DECISION.RECORDED_BY, userId)
                .set(MEETING_DECISION.RECORDED_AT, now)
                .returningResult(MEETING_DECISION.ID)
                .fetchOne(MEETING_DECISION.ID);
    }

    List<Decision> decisions(long meetingId) {
        return db.select(MEETING_DECISION.asterisk(), APP_USER.DISPLAY_NAME)
                .from(MEETING_DECISION)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(MEETING_DECISION.AGENDA_ITEM_ID))
                .join(APP_USER).on(APP_USER.ID.eq(MEETING_DECISION.RECORDED_BY))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(MEETING_DECISION.ID)
                .fetch(r -> new Decision(r.get(MEETING_DECISION.ID), r.get(MEETING_DECISION.AGENDA_ITEM_ID),
                        r.get(MEETING_DECISION.TEXT), link(r.get(MEETING_DECISION.LINK_KIND),
                        r.get(MEETING_DECISION.LINK_TARGET_ID)), r.get(MEETING_DECISION.LINK_TITLE),
                        r.get(APP_USER.DISPLAY_NAME), r.get(MEETING_DECISION.RECORDED_AT)));
    }

    long insertAction(long meetingId, long councilId, long itemId, NewActionItem a, long userId, OffsetDateTime now) {
        return db.insertInto(ACTION_ITEM)
                .set(ACTION_ITEM.AGENDA_ITEM_ID, itemId)
                .set(ACTION_ITEM.MEETING_ID, meetingId)
                .set(ACTION_ITEM.COUNCIL_ID, councilId)
                .set(ACTION_ITEM.TEXT, a.text())
                .set(ACTION_ITEM.OWNER_ID, a.ownerId())
                .set(ACTION_ITEM.DUE_DATE, a.dueDate())
                .set(ACTION_ITEM.CREATED_BY, userId)
                .set(ACTION_ITEM.CREATED_AT, now)
                .returningResult(ACTION_ITEM.ID)
                .fetchOne(ACTION_ITEM.ID);
    }

    Optional<ActionItem> findAction(long id) {
        return select().where(ACTION_ITEM.ID.eq(id)).fetchOptional(MinutesRepository::toAction);
    }

    List<ActionItem> actionsOfMeeting(long meetingId) {
        return select().where(ACTION_ITEM.MEETING_ID.eq(meetingId)).orderBy(ACTION_ITEM.ID)
                .fetch(MinutesRepository::toAction);
    }

    boolean setStatus(long id, ActionStatus status, int expectedVersion, OffsetDateTime now) {
        return db.update(ACTION_ITEM).set(ACTION_ITEM.STATUS, status.name()).set(ACTION_ITEM.STATUS_CHANGED_AT, now)
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .where(ACTION_ITEM.ID.eq(id).and(ACTION_ITEM.VERSION.eq(expectedVersion))).execute() == 1;
    }

    /**
     * The tracker: the given condition (mine, or a council's as far as the reader may see), optionally only
     * overdue ones; overdue and then soonest due first.
     */
    List<ActionItem> tracker(Condition scope, boolean overdueOnly, LocalDate today, int offset, int limit) {
        return select().where(scope.and(overdue(overdueOnly, today)))
                .orderBy(DSL.when(open().and(ACTION_ITEM.DUE_DATE.lt(DSL.inline(today))), DSL.inline(0))
                        .otherwise(DSL.inline(1)), ACTION_ITEM.DUE_DATE, ACTION_ITEM.ID)
                .offset(offset).limit(limit)
                .fetch(MinutesRepository::toAction);
    }

    int countTracker(Condition scope, boolean overdueOnly, LocalDate today) {
        return db.fetchCount(db.select(ACTION_ITEM.ID).from(ACTION_ITEM).join(MEETING)
                .on(MEETING.ID.eq(ACTION_ITEM.MEETING_ID)).where(scope.and(overdue(overdueOnly, today))));
    }

    static Condition mine(long userId) {
        return ACTION_ITEM.OWNER_ID.eq(userId);
    }

    /** A council's items: all of them for those who run its meetings, else those in fully published minutes. */
    static Condition ofCouncil(long councilId, boolean manager, long userId) {
        Condition council = ACTION_ITEM.COUNCIL_ID.eq(councilId);
        return manager ? council : council.and(MEETING.MINUTES_STATUS.eq(MinutesStatus.PUBLISHED.name())
                .or(ACTION_ITEM.OWNER_ID.eq(userId)));
    }

    private static Condition open() {
        return ACTION_ITEM.STATUS.in(ActionStatus.OPEN.name(), ActionStatus.IN_PROGRESS.name());
    }

    private static Condition overdue(boolean overdueOnly, LocalDate today) {
        return overdueOnly ? open().and(ACTION_ITEM.DUE_DATE.lt(today)) : DSL.noCondition();
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(ACTION_ITEM.asterisk(), MEETING.TITLE, APP_USER.DISPLAY_NAME)
                .from(ACTION_ITEM)
                .join(MEETING).on(MEETING.ID.eq(ACTION_ITEM.MEETING_ID))
                .join(APP_USER).on(APP_USER.ID.eq(ACTION_ITEM.OWNER_ID));
    }

    private static ActionItem toAction(Record r) {
        return new ActionItem(r.get(ACTION_ITEM.ID), r.get(ACTION_ITEM.MEETING_ID), r.get(MEETING.TITLE),
                r.get(ACTION_ITEM.COUNCIL_ID), r.get(ACTION_ITEM.AGENDA_ITEM_ID), r.get(ACTION_ITEM.TEXT),
                r.get(ACTION_ITEM.OWNER_ID), r.get(APP_USER.DISPLAY_NAME), r.get(ACTION_ITEM.DUE_DATE),
                ActionStatus.valueOf(r.get(ACTION_ITEM.STATUS)), r.get(ACTION_ITEM.VERSION));
    }

    private static AgendaLink link(String kind, Long target) {
        return kind == null ? null : new AgendaLink(AgendaLinkKind.valueOf(kind), target);
    }
}
