package org.councilworkspace.meeting;

import static org.councilworkspace.db.Tables.AGENDA_ITEM;

import java.util.List;
import java.util.Optional;
import org.councilworkspace.db.tables.records.AgendaItemRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class AgendaRepository {

    private final DSLContext db;

    AgendaRepository(DSLContext db) {
        this.db = db;
    }

    List<AgendaItem> items(long meetingId) {
        return db.selectFrom(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId).and(AGENDA_ITEM.REMOVED.isFalse()))
                .orderBy(AGENDA_ITEM.POSITION, AGENDA_ITEM.ID)
                .fetch(AgendaRepository::toItem);
    }

    Optional<AgendaItem> find(long itemId) {
        return db.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId).and(AGENDA_ITEM.REMOVED.isFalse()))
                .fetchOptional(AgendaRepository::toItem);
    }

    long insert(long meetingId, NewAgendaItem item, String linkTitle) {
        Integer last = db.select(DSL.max(AGENDA_ITEM.POSITION)).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).fetchOne().value1();
        return db.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.MEETING_ID, meetingId)
                .set(AGENDA_ITEM.POSITION, last == null ? 0 : last + 1)
                .set(AGENDA_ITEM.TITLE, item.title())
                .set(AGENDA_ITEM.MINUTES_ALLOTTED, item.minutesAllotted())
                .set(AGENDA_ITEM.PRESENTER, item.presenter())
                .set(AGENDA_ITEM.PURPOSE, item.purpose().name())
                .set(AGENDA_ITEM.LINK_KIND, item.link() == null ? null : item.link().kind().name())
                .set(AGENDA_ITEM.LINK_TARGET_ID, item.link() == null ? null : item.link().targetId())
                .set(AGENDA_ITEM.LINK_TITLE, linkTitle)
                .returningResult(AGENDA_ITEM.ID)
                .fetchOne(AGENDA_ITEM.ID);
    }

    boolean update(long itemId, NewAgendaItem item, String linkTitle, int expectedVersion) {
        return db.update(AGENDA_ITEM)
                .set(AGENDA_ITEM.TITLE, item.title())
                .set(AGENDA_ITEM.MINUTES_ALLOTTED, item.minutesAllotted())
                .set(AGENDA_ITEM.PRESENTER, item.presenter())
                .set(AGENDA_ITEM.PURPOSE, item.purpose().name())
                .set(AGENDA_ITEM.LINK_KIND, item.link() == null ? null : item.link().kind().name())
                .set(AGENDA_ITEM.LINK_TARGET_ID, item.link() == null ? null : item.link().targetId())
                .set(AGENDA_ITEM.LINK_TITLE, linkTitle)
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(itemId).and(AGENDA_ITEM.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    boolean remove(long itemId, int expectedVersion) {
        return db.update(AGENDA_ITEM).set(AGENDA_ITEM.REMOVED, true).set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(itemId).and(AGENDA_ITEM.VERSION.eq(expectedVersion))).execute() == 1;
    }

    void setPosition(long itemId, int position) {
        db.update(AGENDA_ITEM).set(AGENDA_ITEM.POSITION, position).where(AGENDA_ITEM.ID.eq(itemId)).execute();
    }

    boolean saveNotes(long itemId, String notes, int expectedVersion) {
        return db.update(AGENDA_ITEM).set(AGENDA_ITEM.NOTES, notes).set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(itemId).and(AGENDA_ITEM.VERSION.eq(expectedVersion))).execute() == 1;
    }

    /** Follow-up items proposed on the agenda that nobody has kept or dropped yet. */
    int pendingFollowUps(long meetingId) {
        return db.fetchCount(AGENDA_ITEM, AGENDA_ITEM.MEETING_ID.eq(meetingId).and(AGENDA_ITEM.REMOVED.isFalse())
                .and(AGENDA_ITEM.FOLLOW_UP_KEPT.isFalse()));
    }

    private static AgendaItem toItem(AgendaItemRecord r) {
        AgendaLink link = r.getLinkKind() == null ? null
                : new AgendaLink(AgendaLinkKind.valueOf(r.getLinkKind()), r.getLinkTargetId());
        return new AgendaItem(r.getId(), r.getMeetingId(), r.getPosition(), r.getTitle(), r.getMinutesAllotted(),
                r.getPresenter(), AgendaPurpose.valueOf(r.getPurpose()), link, r.getLinkTitle(), r.getNotes(),
                r.getVersion());
    }
}
