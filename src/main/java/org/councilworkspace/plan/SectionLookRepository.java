package org.councilworkspace.plan;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.COUNCIL;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.PLAN_SECTION;
import static org.councilworkspace.db.Tables.SECTION_LOOK;
import static org.councilworkspace.db.Tables.SECTION_REVISION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilworkspace.base.OpenTaskQueries.Asked;
import org.councilworkspace.db.tables.SectionRevision;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The people's last looks at sections, and the revisions others saved since. */
@Repository
class SectionLookRepository {

    /** A last look: the revision seen (null for a section without text) with its number, and when. */
    record Look(Long revisionId, int revisionNo, OffsetDateTime lookedAt) {
    }

    /** Revisions saved by others since a look: how many, and their authors in the order they first saved. */
    record RevisionsSince(int count, List<String> authors) {
    }

    /** A plan with sections changed since the person last looked at them, for "what needs me". */
    record ChangedPlan(String councilName, long planId, String title, int sections) {
    }

    private static final SectionRevision SEEN = SECTION_REVISION.as("seen");

    private final DSLContext db;

    SectionLookRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Look> find(long userId, long sectionId) {
        return db.select(SECTION_LOOK.REVISION_ID, SEEN.REVISION_NO, SECTION_LOOK.LOOKED_AT)
                .from(SECTION_LOOK)
                .leftJoin(SEEN).on(SEEN.ID.eq(SECTION_LOOK.REVISION_ID))
                .where(SECTION_LOOK.USER_ID.eq(userId).and(SECTION_LOOK.SECTION_ID.eq(sectionId)))
                .fetchOptional(r -> new Look(r.value1(), r.value2() == null ? 0 : r.value2(), r.value3()));
    }

    /** One statement whether or not the person looked before, so two tabs opening at once cannot collide. */
    void record(long userId, long sectionId, Long revisionId, OffsetDateTime at) {
        db.insertInto(SECTION_LOOK)
                .set(SECTION_LOOK.USER_ID, userId)
                .set(SECTION_LOOK.SECTION_ID, sectionId)
                .set(SECTION_LOOK.REVISION_ID, revisionId)
                .set(SECTION_LOOK.LOOKED_AT, at)
                .onConflict(SECTION_LOOK.USER_ID, SECTION_LOOK.SECTION_ID)
                .doUpdate()
                .set(SECTION_LOOK.REVISION_ID, revisionId)
                .set(SECTION_LOOK.LOOKED_AT, at)
                .execute();
    }

    boolean isRevisionOf(long revisionId, long sectionId) {
        return db.fetchExists(SECTION_REVISION, SECTION_REVISION.ID.eq(revisionId)
                .and(SECTION_REVISION.SECTION_ID.eq(sectionId)));
    }

    RevisionsSince revisionsSince(long sectionId, long userId, int afterRevisionNo) {
        var count = DSL.count();
        var first = DSL.min(SECTION_REVISION.REVISION_NO);
        var rows = db.select(APP_USER.DISPLAY_NAME, count, first)
                .from(SECTION_REVISION)
                .join(APP_USER).on(APP_USER.ID.eq(SECTION_REVISION.AUTHOR_ID))
                .where(SECTION_REVISION.SECTION_ID.eq(sectionId)
                        .and(SECTION_REVISION.REVISION_NO.gt(afterRevisionNo))
                        .and(SECTION_REVISION.AUTHOR_ID.ne(userId)))
                .groupBy(SECTION_REVISION.AUTHOR_ID, APP_USER.DISPLAY_NAME)
                .orderBy(first)
                .fetch();
        return new RevisionsSince(rows.stream().mapToInt(r -> r.get(count)).sum(),
                rows.map(r -> r.get(APP_USER.DISPLAY_NAME)));
    }

    /** For each section of the plan the person has looked at: how many revisions others saved since. */
    Map<Long, Integer> changedInPlan(long planId, long userId) {
        var revisions = DSL.count();
        return db.select(SECTION_LOOK.SECTION_ID, revisions)
                .from(SECTION_LOOK)
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(SECTION_LOOK.SECTION_ID))
                .leftJoin(SEEN).on(SEEN.ID.eq(SECTION_LOOK.REVISION_ID))
                .join(SECTION_REVISION).on(newerByOthers(userId))
                .where(SECTION_LOOK.USER_ID.eq(userId).and(PLAN_SECTION.PLAN_ID.eq(planId)))
                .groupBy(SECTION_LOOK.SECTION_ID)
                .fetchMap(SECTION_LOOK.SECTION_ID, revisions);
    }

    /** Per plan of the person's current councils: how many sections changed since they last looked, one query. */
    List<ChangedPlan> changedPlans(Asked asked) {
        var sections = DSL.countDistinct(SECTION_LOOK.SECTION_ID);
        return db.select(COUNCIL.NAME, MASTER_PLAN.ID, MASTER_PLAN.TITLE, sections)
                .from(SECTION_LOOK)
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(SECTION_LOOK.SECTION_ID))
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(PLAN_SECTION.PLAN_ID))
                .join(COUNCIL).on(COUNCIL.ID.eq(MASTER_PLAN.COUNCIL_ID))
                .join(MEMBERSHIP).on(asked.currentMembershipIn(COUNCIL.ID))
                .leftJoin(SEEN).on(SEEN.ID.eq(SECTION_LOOK.REVISION_ID))
                .join(SECTION_REVISION).on(newerByOthers(asked.personId()))
                .where(SECTION_LOOK.USER_ID.eq(asked.personId()).and(PLAN_SECTION.ARCHIVED.isFalse()))
                .groupBy(COUNCIL.NAME, MASTER_PLAN.ID, MASTER_PLAN.TITLE)
                .orderBy(COUNCIL.NAME, MASTER_PLAN.ID)
                .limit(asked.limit())
                .fetch(r -> new ChangedPlan(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Revisions of the looked-at section after the one seen, saved by someone else. */
    private static Condition newerByOthers(long userId) {
        return SECTION_REVISION.SECTION_ID.eq(SECTION_LOOK.SECTION_ID)
                .and(SECTION_REVISION.REVISION_NO.gt(DSL.coalesce(SEEN.REVISION_NO, DSL.inline(0))))
                .and(SECTION_REVISION.AUTHOR_ID.ne(userId));
    }
}
