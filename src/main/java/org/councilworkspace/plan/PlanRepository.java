package org.councilworkspace.plan;

import static org.councilworkspace.db.Tables.MASTER_PLAN;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.db.tables.records.MasterPlanRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {

    private final DSLContext db;

    PlanRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long councilId, NewPlan plan, Long previousPlanId, long createdBy, OffsetDateTime now) {
        return db.insertInto(MASTER_PLAN)
                .set(MASTER_PLAN.COUNCIL_ID, councilId)
                .set(MASTER_PLAN.TITLE, plan.title())
                .set(MASTER_PLAN.CYCLE_START, plan.cycleStart())
                .set(MASTER_PLAN.CYCLE_END, plan.cycleEnd())
                .set(MASTER_PLAN.NATIONAL_PLAN, plan.nationalPlan())
                .set(MASTER_PLAN.STATUS, PlanStatus.DRAFTING.name())
                .set(MASTER_PLAN.PREVIOUS_PLAN_ID, previousPlanId)
                .set(MASTER_PLAN.CREATED_BY, createdBy)
                .set(MASTER_PLAN.CREATED_AT, now)
                .returningResult(MASTER_PLAN.ID)
                .fetchOne(MASTER_PLAN.ID);
    }

    Optional<Plan> find(long planId) {
        return db.selectFrom(MASTER_PLAN).where(MASTER_PLAN.ID.eq(planId)).fetchOptional(PlanRepository::toPlan);
    }

    List<Plan> ofCouncil(long councilId) {
        return db.selectFrom(MASTER_PLAN).where(MASTER_PLAN.COUNCIL_ID.eq(councilId))
                .orderBy(MASTER_PLAN.CYCLE_START.desc(), MASTER_PLAN.ID.desc())
                .fetch(PlanRepository::toPlan);
    }

    boolean changeStatus(long planId, PlanStatus status, int expectedVersion) {
        return db.update(MASTER_PLAN)
                .set(MASTER_PLAN.STATUS, status.name())
                .set(MASTER_PLAN.VERSION, MASTER_PLAN.VERSION.plus(1))
                .where(MASTER_PLAN.ID.eq(planId).and(MASTER_PLAN.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    static Plan toPlan(MasterPlanRecord r) {
        return new Plan(r.getId(), r.getCouncilId(), r.getTitle(), r.getCycleStart(), r.getCycleEnd(),
                r.getNationalPlan(), PlanStatus.valueOf(r.getStatus()), r.getPreviousPlanId(), r.getVersion());
    }
}
