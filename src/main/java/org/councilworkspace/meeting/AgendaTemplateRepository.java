package org.councilworkspace.meeting;

import static org.councilworkspace.db.Tables.AGENDA_TEMPLATE;
import static org.councilworkspace.db.Tables.AGENDA_TEMPLATE_ITEM;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.db.tables.records.AgendaTemplateRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AgendaTemplateRepository {

    private final DSLContext db;

    AgendaTemplateRepository(DSLContext db) {
        this.db = db;
    }

    /** The council's templates in use: copies of built-ins and its own, without removed ones. */
    List<AgendaTemplate> ofCouncil(long councilId) {
        return db.selectFrom(AGENDA_TEMPLATE)
                .where(AGENDA_TEMPLATE.COUNCIL_ID.eq(councilId).and(AGENDA_TEMPLATE.REMOVED.isFalse()))
                .orderBy(AGENDA_TEMPLATE.ID)
                .fetch(this::toTemplate);
    }

    Optional<AgendaTemplate> find(long councilId, long templateId) {
        return db.selectFrom(AGENDA_TEMPLATE)
                .where(AGENDA_TEMPLATE.ID.eq(templateId).and(AGENDA_TEMPLATE.COUNCIL_ID.eq(councilId))
                        .and(AGENDA_TEMPLATE.REMOVED.isFalse()))
                .fetchOptional(this::toTemplate);
    }

    /** The council's row for a built-in, removed or not: there is at most one. */
    Optional<BuiltinRow> builtinRow(long councilId, BuiltinTemplate builtin) {
        return db.selectFrom(AGENDA_TEMPLATE)
                .where(AGENDA_TEMPLATE.COUNCIL_ID.eq(councilId).and(AGENDA_TEMPLATE.BUILTIN.eq(builtin.name())))
                .fetchOptional(r -> new BuiltinRow(r.getId(), r.getRemoved(), r.getVersion()));
    }

    /** A council's row for a built-in template; a removed one is revived when the built-in is edited again. */
    record BuiltinRow(long id, boolean removed, int version) {
    }

    long insert(long councilId, BuiltinTemplate builtin, String name, long userId, OffsetDateTime now) {
        return db.insertInto(AGENDA_TEMPLATE)
                .set(AGENDA_TEMPLATE.COUNCIL_ID, councilId)
                .set(AGENDA_TEMPLATE.BUILTIN, builtin == null ? null : builtin.name())
                .set(AGENDA_TEMPLATE.NAME, name)
                .set(AGENDA_TEMPLATE.CHANGED_BY, userId)
                .set(AGENDA_TEMPLATE.CHANGED_AT, now)
                .returningResult(AGENDA_TEMPLATE.ID)
                .fetchOne(AGENDA_TEMPLATE.ID);
    }

    /** Saves name and removal over the expected version; false when someone else changed it first. */
    boolean update(long templateId, String name, boolean removed, int expectedVersion, long userId,
                   OffsetDateTime now) {
        return db.update(AGENDA_TEMPLATE)
                .set(AGENDA_TEMPLATE.NAME, name)
                .set(AGENDA_TEMPLATE.REMOVED, removed)
                .set(AGENDA_TEMPLATE.CHANGED_BY, userId)
                .set(AGENDA_TEMPLATE.CHANGED_AT, now)
                .set(AGENDA_TEMPLATE.VERSION, AGENDA_TEMPLATE.VERSION.plus(1))
                .where(AGENDA_TEMPLATE.ID.eq(templateId).and(AGENDA_TEMPLATE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    void replaceItems(long templateId, List<TemplateItem> items) {
        db.deleteFrom(AGENDA_TEMPLATE_ITEM).where(AGENDA_TEMPLATE_ITEM.TEMPLATE_ID.eq(templateId)).execute();
        var insert = db.insertInto(AGENDA_TEMPLATE_ITEM, AGENDA_TEMPLATE_ITEM.TEMPLATE_ID,
                AGENDA_TEMPLATE_ITEM.POSITION, AGENDA_TEMPLATE_ITEM.TITLE, AGENDA_TEMPLATE_ITEM.MINUTES_ALLOTTED,
                AGENDA_TEMPLATE_ITEM.PURPOSE);
        for (int i = 0; i < items.size(); i++) {
            TemplateItem item = items.get(i);
            insert = insert.values(templateId, i, item.title(), item.minutesAllotted(), item.purpose().name());
        }
        if (!items.isEmpty()) {
            insert.execute();
        }
    }

    private AgendaTemplate toTemplate(AgendaTemplateRecord r) {
        List<TemplateItem> items = db.selectFrom(AGENDA_TEMPLATE_ITEM)
                .where(AGENDA_TEMPLATE_ITEM.TEMPLATE_ID.eq(r.getId()))
                .orderBy(AGENDA_TEMPLATE_ITEM.POSITION)
                .fetch(i -> new TemplateItem(i.getTitle(), i.getMinutesAllotted(), AgendaPurpose.valueOf(i.getPurpose())));
        return new AgendaTemplate(r.getId(), r.getBuiltin() == null ? null : BuiltinTemplate.valueOf(r.getBuiltin()),
                r.getName(), items, r.getVersion());
    }
}
