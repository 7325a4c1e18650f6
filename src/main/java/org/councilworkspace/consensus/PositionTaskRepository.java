package org.councilworkspace.consensus;

import static org.councilworkspace.db.Tables.COUNCIL;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.MEMBER_POSITION;
import static org.councilworkspace.db.Tables.PLAN_SECTION;

import java.util.List;
import org.councilworkspace.base.OpenTaskQueries.Asked;
import org.councilworkspace.plan.PlanStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The positions a voting member owes, counted per plan across all their councils: one query for each kind. */
@Repository
class PositionTaskRepository {

    record PlanCount(String councilName, long planId, String planTitle, int sections) {
    }

    private static final List<String> VOTING = List.of("CHAIR", "VICE_CHAIR", "MEMBER");
    /** Positions are asked for while the council deliberates; a plan still being drafted asks nobody yet. */
    private static final List<String> ASKING = List.of(PlanStatus.DELIBERATION.name(), PlanStatus.FINAL_REVIEW.name());
    private static final List<String> LOCKED = PlanStatus.textLockedNames();

    private final DSLContext db;

    PositionTaskRepository(DSLContext db) {
        this.db = db;
    }

    /** Sections with text on which the member has no position at all, in plans under deliberation. */
    List<PlanCount> notGiven(Asked asked) {
        var mine = DSL.selectOne().from(MEMBER_POSITION).where(MEMBER_POSITION.SECTION_ID.eq(PLAN_SECTION.ID)
                .and(MEMBER_POSITION.USER_ID.eq(asked.personId())).and(MEMBER_POSITION.SUPERSEDED_AT.isNull()));
        return perPlan(db.select(COUNCIL.NAME, MASTER_PLAN.ID, MASTER_PLAN.TITLE, DSL.count())
                .from(PLAN_SECTION)
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(PLAN_SECTION.PLAN_ID))
                .join(COUNCIL).on(COUNCIL.ID.eq(MASTER_PLAN.COUNCIL_ID))
                .join(MEMBERSHIP).on(voting(asked))
                .where(MASTER_PLAN.STATUS.in(ASKING).and(PLAN_SECTION.ARCHIVED.isFalse())
                        .and(PLAN_SECTION.CURRENT_REVISION_ID.isNotNull()).andNotExists(mine)), asked.limit());
    }

    /** The member's current positions given on text whose meaning has changed since (stale), in open plans. */
    List<PlanCount> stale(Asked asked) {
        Field<Long> none = DSL.inline(0L);
        return perPlan(db.select(COUNCIL.NAME, MASTER_PLAN.ID, MASTER_PLAN.TITLE, DSL.count())
                .from(MEMBER_POSITION)
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(MEMBER_POSITION.SECTION_ID))
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(PLAN_SECTION.PLAN_ID))
                .join(COUNCIL).on(COUNCIL.ID.eq(MASTER_PLAN.COUNCIL_ID))
                .join(MEMBERSHIP).on(voting(asked))
                .where(MEMBER_POSITION.USER_ID.eq(asked.personId()).and(MEMBER_POSITION.SUPERSEDED_AT.isNull())
                        .and(MASTER_PLAN.STATUS.notIn(LOCKED)).and(PLAN_SECTION.ARCHIVED.isFalse())
                        .and(DSL.coalesce(MEMBER_POSITION.REVISION_ID, none).lt(DSL.coalesce(
                                PLAN_SECTION.SUBSTANTIVE_REVISION_ID, PLAN_SECTION.CURRENT_REVISION_ID, none)))),
                asked.limit());
    }

    private static List<PlanCount> perPlan(SelectConditionStep<Record4<String, Long, String, Integer>> query,
                                           int limit) {
        return query.groupBy(COUNCIL.NAME, MASTER_PLAN.ID, MASTER_PLAN.TITLE)
                .orderBy(COUNCIL.NAME, MASTER_PLAN.ID)
                .limit(limit)
                .fetch(r -> new PlanCount(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static Condition voting(Asked asked) {
        return asked.currentMembershipIn(COUNCIL.ID).and(MEMBERSHIP.ROLE.in(VOTING));
    }
}
