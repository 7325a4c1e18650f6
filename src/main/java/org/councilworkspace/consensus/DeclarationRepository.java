package org.councilworkspace.consensus;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.CONSENSUS_DECLARATION;

import java.time.OffsetDateTime;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class DeclarationRepository {

    /** A standing declaration: on which revision, with what summary, whether over the rule. */
    record Declaration(long id, long sectionId, Long revisionId, String summary, boolean override, String declaredBy,
                       OffsetDateTime declaredAt) {
    }

    private final DSLContext db;

    DeclarationRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long planId, long sectionId, Long revisionId, String summary, boolean override, long declaredBy,
                OffsetDateTime now) {
        return db.insertInto(CONSENSUS_DECLARATION)
                .set(CONSENSUS_DECLARATION.PLAN_ID, planId)
                .set(CONSENSUS_DECLARATION.SECTION_ID, sectionId)
                .set(CONSENSUS_DECLARATION.REVISION_ID, revisionId)
                .set(CONSENSUS_DECLARATION.SUMMARY, summary)
                .set(CONSENSUS_DECLARATION.OVERRIDE, override)
                .set(CONSENSUS_DECLARATION.DECLARED_BY, declaredBy)
                .set(CONSENSUS_DECLARATION.DECLARED_AT, now)
                .returningResult(CONSENSUS_DECLARATION.ID)
                .fetchOne(CONSENSUS_DECLARATION.ID);
    }

    /** Standing (not reopened) declarations of a plan, by section. */
    Map<Long, Declaration> standing(long planId) {
        return db.select(CONSENSUS_DECLARATION.asterisk(), APP_USER.DISPLAY_NAME)
                .from(CONSENSUS_DECLARATION)
                .join(APP_USER).on(APP_USER.ID.eq(CONSENSUS_DECLARATION.DECLARED_BY))
                .where(CONSENSUS_DECLARATION.PLAN_ID.eq(planId).and(CONSENSUS_DECLARATION.REOPENED_AT.isNull()))
                .fetchMap(r -> r.get(CONSENSUS_DECLARATION.SECTION_ID), r -> new Declaration(
                        r.get(CONSENSUS_DECLARATION.ID), r.get(CONSENSUS_DECLARATION.SECTION_ID),
                        r.get(CONSENSUS_DECLARATION.REVISION_ID), r.get(CONSENSUS_DECLARATION.SUMMARY),
                        r.get(CONSENSUS_DECLARATION.OVERRIDE), r.get(APP_USER.DISPLAY_NAME),
                        r.get(CONSENSUS_DECLARATION.DECLARED_AT)));
    }

    /** Reopens the section's standing declaration, only within the given plan. */
    int reopen(long planId, long sectionId, long by, String reason, OffsetDateTime now) {
        return db.update(CONSENSUS_DECLARATION)
                .set(CONSENSUS_DECLARATION.REOPENED_AT, now)
                .set(CONSENSUS_DECLARATION.REOPENED_BY, by)
                .set(CONSENSUS_DECLARATION.REOPEN_REASON, reason)
                .where(CONSENSUS_DECLARATION.PLAN_ID.eq(planId).and(CONSENSUS_DECLARATION.SECTION_ID.eq(sectionId))
                        .and(CONSENSUS_DECLARATION.REOPENED_AT.isNull()))
                .execute();
    }
}
