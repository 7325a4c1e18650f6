package org.councilworkspace.plan;

import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.PLAN_SECTION;
import static org.councilworkspace.db.Tables.SECTION_REVISION;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Sections with their plan and current revision's body, one or a page at a time in id order. */
@Repository
class SectionTextRepository {

    /** The raw row: rendering the Markdown is not the repository's business. */
    record Row(long sectionId, long planId, long councilId, String planTitle, String title, String body,
               OffsetDateTime changedAt, boolean archived) {
    }

    private static final String PLAN_TITLE = "plan_title";
    private static final String SAVED_AT = "saved_at";

    private final DSLContext db;

    SectionTextRepository(DSLContext db) {
        this.db = db;
    }

    List<Row> page(long afterId, int limit) {
        return select(PLAN_SECTION.ID.gt(afterId), limit);
    }

    List<Row> ofPlan(long planId) {
        return select(PLAN_SECTION.PLAN_ID.eq(planId), Integer.MAX_VALUE);
    }

    List<Row> one(long sectionId) {
        return select(PLAN_SECTION.ID.eq(sectionId), 1);
    }

    private List<Row> select(Condition condition, int limit) {
        return db.select(PLAN_SECTION.ID, PLAN_SECTION.PLAN_ID, PLAN_SECTION.TITLE, PLAN_SECTION.ARCHIVED,
                        PLAN_SECTION.CREATED_AT, MASTER_PLAN.COUNCIL_ID, MASTER_PLAN.TITLE.as(PLAN_TITLE),
                        SECTION_REVISION.BODY, SECTION_REVISION.CREATED_AT.as(SAVED_AT))
                .from(PLAN_SECTION)
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(PLAN_SECTION.PLAN_ID))
                .leftJoin(SECTION_REVISION).on(SECTION_REVISION.ID.eq(PLAN_SECTION.CURRENT_REVISION_ID))
                .where(condition)
                .orderBy(PLAN_SECTION.ID)
                .limit(limit)
                .fetch(SectionTextRepository::row);
    }

    private static Row row(Record r) {
        OffsetDateTime saved = r.get(SAVED_AT, OffsetDateTime.class);
        String body = r.get(SECTION_REVISION.BODY);
        return new Row(r.get(PLAN_SECTION.ID), r.get(PLAN_SECTION.PLAN_ID), r.get(MASTER_PLAN.COUNCIL_ID),
                r.get(PLAN_TITLE, String.class), r.get(PLAN_SECTION.TITLE), body == null ? "" : body,
                saved == null ? r.get(PLAN_SECTION.CREATED_AT) : saved, r.get(PLAN_SECTION.ARCHIVED));
    }
}
