package org.councilworkspace.amendment;

import static org.councilworkspace.db.Tables.AMENDMENT;
import static org.councilworkspace.db.Tables.COUNCIL;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.PLAN_SECTION;
import static org.councilworkspace.db.Tables.SECTION_LEAD;

import java.time.LocalDate;
import java.util.List;
import org.councilworkspace.base.CurrentMembership;
import org.councilworkspace.plan.PlanStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Open amendments on the sections a person leads, counted per section across all their councils in one query. */
@Repository
class AmendmentTaskRepository {

    record LedSection(String councilName, long planId, long sectionId, String title, int openAmendments) {
    }

    private static final List<String> LOCKED = List.of(PlanStatus.ADOPTED.name(), PlanStatus.PUBLISHED.name(),
            PlanStatus.SUPERSEDED.name());

    private final DSLContext db;

    AmendmentTaskRepository(DSLContext db) {
        this.db = db;
    }

    /** Amendments awaiting a decision on sections the person leads now, in councils where they are a member. */
    List<LedSection> toDecide(long userId, LocalDate today, int limit) {
        var count = DSL.count();
        return db.select(COUNCIL.NAME, PLAN_SECTION.PLAN_ID, PLAN_SECTION.ID, PLAN_SECTION.TITLE, count)
                .from(SECTION_LEAD)
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(SECTION_LEAD.SECTION_ID))
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(PLAN_SECTION.PLAN_ID))
                .join(COUNCIL).on(COUNCIL.ID.eq(MASTER_PLAN.COUNCIL_ID))
                .join(MEMBERSHIP).on(CurrentMembership.of(userId, COUNCIL.ID, today)
                        .and(MEMBERSHIP.ROLE.ne("OBSERVER")))
                .join(AMENDMENT).on(AMENDMENT.SECTION_ID.eq(PLAN_SECTION.ID)
                        .and(AMENDMENT.STATE.eq(AmendmentState.OPEN.name()))
                        // One's own proposal is not a task waiting for oneself.
                        .and(AMENDMENT.PROPOSER_ID.ne(userId)))
                .where(SECTION_LEAD.USER_ID.eq(userId).and(SECTION_LEAD.ENDED_AT.isNull())
                        .and(PLAN_SECTION.ARCHIVED.isFalse()).and(MASTER_PLAN.STATUS.notIn(LOCKED)))
                .groupBy(COUNCIL.NAME, PLAN_SECTION.PLAN_ID, PLAN_SECTION.ID, PLAN_SECTION.TITLE)
                .orderBy(COUNCIL.NAME, PLAN_SECTION.PLAN_ID, PLAN_SECTION.ID)
                .limit(limit)
                .fetch(r -> new LedSection(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
