package org.councilworkspace.amendment;

import static org.councilworkspace.db.Tables.AMENDMENT;
import static org.councilworkspace.db.Tables.AMENDMENT_OPINION;
import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.PLAN_SECTION;

import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.base.MemberGroups;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Amendments with their section, proposer and the reasons given for and against them, for the search index. */
@Repository
class AmendmentTextRepository {

    record Row(long id, long planId, long sectionId, long councilId, String sectionTitle, String proposer,
               String group, String proposedText, String rationale, String decisionReason, String opinions,
               OffsetDateTime updatedAt) {
    }

    private final DSLContext db;

    AmendmentTextRepository(DSLContext db) {
        this.db = db;
    }

    List<Row> page(long afterId, int limit) {
        return select(AMENDMENT.ID.gt(afterId), limit);
    }

    List<Row> one(long amendmentId) {
        return select(AMENDMENT.ID.eq(amendmentId), 1);
    }

    private List<Row> select(Condition condition, int limit) {
        // The reasons members gave for their current support or opposition, in one field.
        Field<String> opinions = DSL.field(DSL.select(DSL.listAgg(AMENDMENT_OPINION.REASON, "\n")
                        .withinGroupOrderBy(AMENDMENT_OPINION.ID))
                .from(AMENDMENT_OPINION)
                .where(AMENDMENT_OPINION.AMENDMENT_ID.eq(AMENDMENT.ID).and(AMENDMENT_OPINION.SUPERSEDED_AT.isNull())
                        .and(AMENDMENT_OPINION.REASON.isNotNull()))).as("opinions");
        Field<String> group = MemberGroups.groupOf(MASTER_PLAN.COUNCIL_ID, AMENDMENT.PROPOSER_ID);
        return db.select(AMENDMENT.ID, AMENDMENT.PLAN_ID, AMENDMENT.SECTION_ID, MASTER_PLAN.COUNCIL_ID,
                        PLAN_SECTION.TITLE, APP_USER.DISPLAY_NAME, group, AMENDMENT.PROPOSED_TEXT, AMENDMENT.RATIONALE,
                        AMENDMENT.DECISION_REASON, opinions, AMENDMENT.UPDATED_AT)
                .from(AMENDMENT)
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(AMENDMENT.PLAN_ID))
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(AMENDMENT.SECTION_ID))
                .join(APP_USER).on(APP_USER.ID.eq(AMENDMENT.PROPOSER_ID))
                .where(condition)
                .orderBy(AMENDMENT.ID)
                .limit(limit)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
    }
}
