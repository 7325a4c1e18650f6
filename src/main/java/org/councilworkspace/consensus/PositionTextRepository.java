package org.councilworkspace.consensus;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.MEMBER_POSITION;
import static org.councilworkspace.db.Tables.PLAN_SECTION;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Current positions that give a reason, with their subject and holder, for the search index. Like the matrix,
 * only positions of people who are now voting members of the council are read.
 */
@Repository
class PositionTextRepository {

    record Row(long id, long planId, Long sectionId, long councilId, String subject, String holder, String group,
               String stance, String reason, OffsetDateTime createdAt) {
    }

    private final DSLContext db;

    PositionTextRepository(DSLContext db) {
        this.db = db;
    }

    List<Row> page(long afterId, int limit) {
        return select(MEMBER_POSITION.ID.gt(afterId), limit);
    }

    /** The current positions on one subject: a section, or with {@code sectionId} null the plan as a whole. */
    List<Row> onSubject(long planId, Long sectionId) {
        return select(MEMBER_POSITION.PLAN_ID.eq(planId).and(sectionId == null ? MEMBER_POSITION.SECTION_ID.isNull()
                : MEMBER_POSITION.SECTION_ID.eq(sectionId)), Integer.MAX_VALUE);
    }

    /** The plan and section (null: the plan as a whole) a position was taken on. */
    java.util.Optional<Long[]> subjectOf(long positionId) {
        return db.select(MEMBER_POSITION.PLAN_ID, MEMBER_POSITION.SECTION_ID).from(MEMBER_POSITION)
                .where(MEMBER_POSITION.ID.eq(positionId)).fetchOptional(r -> new Long[] {r.value1(), r.value2()});
    }

    private List<Row> select(Condition condition, int limit) {
        // One row per position however many memberships its holder had: the newest current voting one.
        var membership = DSL.select(MEMBERSHIP.STAKEHOLDER_GROUP).from(MEMBERSHIP)
                .where(MEMBERSHIP.COUNCIL_ID.eq(MASTER_PLAN.COUNCIL_ID).and(MEMBERSHIP.USER_ID.eq(MEMBER_POSITION.USER_ID))
                        .and(MEMBERSHIP.ACTIVE_TO.isNull()).and(MEMBERSHIP.ROLE.in("CHAIR", "VICE_CHAIR", "MEMBER")))
                .orderBy(MEMBERSHIP.ID.desc()).limit(1);
        var group = DSL.field(membership).as("member_group");
        return db.select(MEMBER_POSITION.ID, MEMBER_POSITION.PLAN_ID, MEMBER_POSITION.SECTION_ID,
                        MASTER_PLAN.COUNCIL_ID, DSL.coalesce(PLAN_SECTION.TITLE, MASTER_PLAN.TITLE),
                        APP_USER.DISPLAY_NAME, group, MEMBER_POSITION.STANCE, MEMBER_POSITION.REASON,
                        MEMBER_POSITION.CREATED_AT)
                .from(MEMBER_POSITION)
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(MEMBER_POSITION.PLAN_ID))
                .leftJoin(PLAN_SECTION).on(PLAN_SECTION.ID.eq(MEMBER_POSITION.SECTION_ID))
                .join(APP_USER).on(APP_USER.ID.eq(MEMBER_POSITION.USER_ID))
                .where(condition.and(MEMBER_POSITION.SUPERSEDED_AT.isNull())
                        .and(MEMBER_POSITION.REASON.isNotNull()).and(DSL.exists(membership)))
                .orderBy(MEMBER_POSITION.ID)
                .limit(limit)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10()));
    }
}
