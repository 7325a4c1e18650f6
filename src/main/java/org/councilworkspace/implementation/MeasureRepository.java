package org.councilworkspace.implementation;

import static org.councilworkspace.db.Tables.AGENCY;
import static org.councilworkspace.db.Tables.GOAL;
import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.MEASURE;
import static org.councilworkspace.db.Tables.MEASURE_BUDGET;
import static org.councilworkspace.db.Tables.MEASURE_CO_AGENCY;
import static org.councilworkspace.db.Tables.MEASURE_GOAL;
import static org.councilworkspace.db.Tables.MEASURE_MILESTONE;
import static org.councilworkspace.db.Tables.MEASURE_STATUS_CHANGE;
import static org.councilworkspace.db.Tables.PLAN_SECTION;
import static org.councilworkspace.db.Tables.SECTION_LEAD;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Measures with their co-agencies, milestones, budget and status record, and the plan facts permissions need. */
@Repository
class MeasureRepository {

    private final DSLContext db;

    MeasureRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Long> councilOfPlan(long planId) {
        return db.select(MASTER_PLAN.COUNCIL_ID).from(MASTER_PLAN).where(MASTER_PLAN.ID.eq(planId))
                .fetchOptional(MASTER_PLAN.COUNCIL_ID);
    }

    /** The plan a section belongs to, if it is in the outline (archived sections take no new measures). */
    Optional<Long> planOfSection(long sectionId) {
        return db.select(PLAN_SECTION.PLAN_ID).from(PLAN_SECTION)
                .where(PLAN_SECTION.ID.eq(sectionId).and(PLAN_SECTION.ARCHIVED.isFalse()))
                .fetchOptional(PLAN_SECTION.PLAN_ID);
    }

    Set<Long> sectionLeads(long sectionId) {
        return Set.copyOf(db.select(SECTION_LEAD.USER_ID).from(SECTION_LEAD)
                .where(SECTION_LEAD.SECTION_ID.eq(sectionId)).fetch(SECTION_LEAD.USER_ID));
    }

    long insert(long planId, NewMeasure m, long createdBy, OffsetDateTime now) {
        long id = db.insertInto(MEASURE).set(MEASURE.PLAN_ID, planId).set(MEASURE.SECTION_ID, m.sectionId())
                .set(MEASURE.TITLE, m.title()).set(MEASURE.DESCRIPTION, m.description())
                .set(MEASURE.LEAD_AGENCY_ID, m.leadAgencyId()).set(MEASURE.STARTS_ON, m.startsOn())
                .set(MEASURE.ENDS_ON, m.endsOn()).set(MEASURE.STATUS, MeasureStatus.PLANNED.name())
                .set(MEASURE.CREATED_BY, createdBy).set(MEASURE.CREATED_AT, now)
                .returningResult(MEASURE.ID).fetchOne(MEASURE.ID);
        replaceParts(id, m);
        recordStatus(id, MeasureStatus.PLANNED, null, createdBy, now);
        return id;
    }

    boolean update(long measureId, NewMeasure m, int expectedVersion) {
        boolean updated = db.update(MEASURE).set(MEASURE.SECTION_ID, m.sectionId()).set(MEASURE.TITLE, m.title())
                .set(MEASURE.DESCRIPTION, m.description()).set(MEASURE.LEAD_AGENCY_ID, m.leadAgencyId())
                .set(MEASURE.STARTS_ON, m.startsOn()).set(MEASURE.ENDS_ON, m.endsOn())
                .set(MEASURE.VERSION, MEASURE.VERSION.plus(1))
                .where(MEASURE.ID.eq(measureId).and(MEASURE.VERSION.eq(expectedVersion))).execute() == 1;
        if (updated) {
            replaceParts(measureId, m);
        }
        return updated;
    }

    private void replaceParts(long measureId, NewMeasure m) {
        db.deleteFrom(MEASURE_CO_AGENCY).where(MEASURE_CO_AGENCY.MEASURE_ID.eq(measureId)).execute();
        db.deleteFrom(MEASURE_MILESTONE).where(MEASURE_MILESTONE.MEASURE_ID.eq(measureId)).execute();
        db.deleteFrom(MEASURE_BUDGET).where(MEASURE_BUDGET.MEASURE_ID.eq(measureId)).execute();
        for (Long agencyId : m.coAgencyIds()) {
            db.insertInto(MEASURE_CO_AGENCY).set(MEASURE_CO_AGENCY.MEASURE_ID, measureId)
                    .set(MEASURE_CO_AGENCY.AGENCY_ID, agencyId).execute();
        }
        for (int i = 0; i < m.milestones().size(); i++) {
            Milestone milestone = m.milestones().get(i);
            db.insertInto(MEASURE_MILESTONE).set(MEASURE_MILESTONE.MEASURE_ID, measureId)
                    .set(MEASURE_MILESTONE.POSITION, i).set(MEASURE_MILESTONE.TITLE, milestone.title())
                    .set(MEASURE_MILESTONE.DUE_ON, milestone.dueOn()).execute();
        }
        for (BudgetLine line : m.budget()) {
            db.insertInto(MEASURE_BUDGET).set(MEASURE_BUDGET.MEASURE_ID, measureId)
                    .set(MEASURE_BUDGET.BUDGET_YEAR, line.year()).set(MEASURE_BUDGET.AMOUNT, line.amount())
                    .set(MEASURE_BUDGET.CURRENCY, line.currency()).execute();
        }
    }

    boolean changeStatus(long measureId, MeasureStatus status, String reason, int expectedVersion, long by,
                         OffsetDateTime now) {
        boolean updated = db.update(MEASURE).set(MEASURE.STATUS, status.name()).set(MEASURE.STATUS_REASON, reason)
                .set(MEASURE.VERSION, MEASURE.VERSION.plus(1))
                .where(MEASURE.ID.eq(measureId).and(MEASURE.VERSION.eq(expectedVersion))).execute() == 1;
        if (updated) {
            recordStatus(measureId, status, reason, by, now);
        }
        return updated;
    }

    private void recordStatus(long measureId, MeasureStatus status, String reason, long by, OffsetDateTime now) {
        db.insertInto(MEASURE_STATUS_CHANGE).set(MEASURE_STATUS_CHANGE.MEASURE_ID, measureId)
                .set(MEASURE_STATUS_CHANGE.STATUS, status.name()).set(MEASURE_STATUS_CHANGE.REASON, reason)
                .set(MEASURE_STATUS_CHANGE.CHANGED_BY, by).set(MEASURE_STATUS_CHANGE.CHANGED_AT, now).execute();
    }

    Optional<Measure> find(long measureId) {
        return select().where(MEASURE.ID.eq(measureId)).fetchOptional(MeasureRepository::measure);
    }

    List<Measure> ofPlan(long planId, MeasureFilter filter, int offset, int limit) {
        // By the measure's own section column (the same value as the joined section's id): the index on (plan, section)
        // then gives the order, so a page does not sort the whole register.
        return select().where(matching(planId, filter)).orderBy(MEASURE.SECTION_ID, MEASURE.ID)
                .offset(offset).limit(limit).fetch(MeasureRepository::measure);
    }

    int countOfPlan(long planId, MeasureFilter filter) {
        return db.fetchCount(MEASURE, matching(planId, filter));
    }

    Map<MeasureStatus, Integer> countsByStatus(long planId) {
        Map<MeasureStatus, Integer> counts = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus s : MeasureStatus.values()) {
            counts.put(s, 0);
        }
        db.select(MEASURE.STATUS, DSL.count()).from(MEASURE).where(MEASURE.PLAN_ID.eq(planId))
                .groupBy(MEASURE.STATUS).fetch()
                .forEach(r -> counts.put(MeasureStatus.valueOf(r.value1()), r.value2()));
        return counts;
    }

    List<AgencyCount> countsByAgency(long planId) {
        var delayed = DSL.count().filterWhere(MEASURE.STATUS.eq(MeasureStatus.DELAYED.name()));
        var done = DSL.count().filterWhere(MEASURE.STATUS.eq(MeasureStatus.DONE.name()));
        return db.select(AGENCY.ID, AGENCY.NAME, DSL.count(), delayed, done).from(MEASURE)
                .join(AGENCY).on(AGENCY.ID.eq(MEASURE.LEAD_AGENCY_ID)).where(MEASURE.PLAN_ID.eq(planId))
                .groupBy(AGENCY.ID, AGENCY.NAME).orderBy(AGENCY.NAME)
                .fetch(r -> new AgencyCount(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    List<Agency> coAgencies(long measureId) {
        return db.select(AGENCY.fields()).from(MEASURE_CO_AGENCY).join(AGENCY)
                .on(AGENCY.ID.eq(MEASURE_CO_AGENCY.AGENCY_ID)).where(MEASURE_CO_AGENCY.MEASURE_ID.eq(measureId))
                .orderBy(AGENCY.NAME).fetch(AgencyRepository::agency);
    }

    List<Milestone> milestones(long measureId) {
        return db.select(MEASURE_MILESTONE.TITLE, MEASURE_MILESTONE.DUE_ON).from(MEASURE_MILESTONE)
                .where(MEASURE_MILESTONE.MEASURE_ID.eq(measureId)).orderBy(MEASURE_MILESTONE.POSITION)
                .fetch(r -> new Milestone(r.value1(), r.value2()));
    }

    List<BudgetLine> budget(long measureId) {
        return db.select(MEASURE_BUDGET.BUDGET_YEAR, MEASURE_BUDGET.AMOUNT, MEASURE_BUDGET.CURRENCY)
                .from(MEASURE_BUDGET).where(MEASURE_BUDGET.MEASURE_ID.eq(measureId))
                .orderBy(MEASURE_BUDGET.BUDGET_YEAR).fetch(r -> new BudgetLine(r.value1(), r.value2(), r.value3()));
    }

    /** The co-agencies of every measure of a plan, by measure: one query however many measures there are. */
    Map<Long, List<String>> coAgencyNamesOfPlan(long planId) {
        return db.select(MEASURE_CO_AGENCY.MEASURE_ID, AGENCY.NAME).from(MEASURE_CO_AGENCY).join(AGENCY)
                .on(AGENCY.ID.eq(MEASURE_CO_AGENCY.AGENCY_ID)).where(MEASURE_CO_AGENCY.MEASURE_ID.in(measuresOf(planId)))
                .orderBy(MEASURE_CO_AGENCY.MEASURE_ID, AGENCY.NAME).fetchGroups(MEASURE_CO_AGENCY.MEASURE_ID, AGENCY.NAME);
    }

    /** The milestones of every measure of a plan, by measure, each measure's in their order: one query. */
    Map<Long, List<Milestone>> milestonesOfPlan(long planId) {
        return db.select(MEASURE_MILESTONE.MEASURE_ID, MEASURE_MILESTONE.TITLE, MEASURE_MILESTONE.DUE_ON)
                .from(MEASURE_MILESTONE).where(MEASURE_MILESTONE.MEASURE_ID.in(measuresOf(planId)))
                .orderBy(MEASURE_MILESTONE.MEASURE_ID, MEASURE_MILESTONE.POSITION)
                .fetchGroups(r -> r.value1(), r -> new Milestone(r.value2(), r.value3()));
    }

    /** The budget lines of every measure of a plan, by measure, in year order: one query. */
    Map<Long, List<BudgetLine>> budgetOfPlan(long planId) {
        return db.select(MEASURE_BUDGET.MEASURE_ID, MEASURE_BUDGET.BUDGET_YEAR, MEASURE_BUDGET.AMOUNT,
                        MEASURE_BUDGET.CURRENCY).from(MEASURE_BUDGET).where(MEASURE_BUDGET.MEASURE_ID.in(measuresOf(planId)))
                .orderBy(MEASURE_BUDGET.MEASURE_ID, MEASURE_BUDGET.BUDGET_YEAR)
                .fetchGroups(r -> r.value1(), r -> new BudgetLine(r.value2(), r.value3(), r.value4()));
    }

    private org.jooq.Select<org.jooq.Record1<Long>> measuresOf(long planId) {
        return DSL.select(MEASURE.ID).from(MEASURE).where(MEASURE.PLAN_ID.eq(planId));
    }

    List<StatusChange> history(long measureId) {
        return db.select(MEASURE_STATUS_CHANGE.STATUS, MEASURE_STATUS_CHANGE.REASON, APP_USER.DISPLAY_NAME,
                        MEASURE_STATUS_CHANGE.CHANGED_AT)
                .from(MEASURE_STATUS_CHANGE).join(APP_USER).on(APP_USER.ID.eq(MEASURE_STATUS_CHANGE.CHANGED_BY))
                .where(MEASURE_STATUS_CHANGE.MEASURE_ID.eq(measureId)).orderBy(MEASURE_STATUS_CHANGE.ID)
                .fetch(r -> new StatusChange(MeasureStatus.valueOf(r.value1()), r.value2(), r.value3(), r.value4()));
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(MEASURE.fields()).select(PLAN_SECTION.TITLE, AGENCY.NAME).from(MEASURE)
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(MEASURE.SECTION_ID))
                .join(AGENCY).on(AGENCY.ID.eq(MEASURE.LEAD_AGENCY_ID));
    }

    private static Condition matching(long planId, MeasureFilter filter) {
        Condition c = MEASURE.PLAN_ID.eq(planId);
        if (filter.status() != null) {
            c = c.and(MEASURE.STATUS.eq(filter.status().name()));
        }
        if (filter.agencyId() != null) {
            c = c.and(MEASURE.LEAD_AGENCY_ID.eq(filter.agencyId()));
        }
        if (filter.sectionId() != null) {
            c = c.and(MEASURE.SECTION_ID.eq(filter.sectionId()));
        }
        if (filter.goalId() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(MEASURE_GOAL).join(GOAL).on(GOAL.ID.eq(MEASURE_GOAL.GOAL_ID))
                    .where(MEASURE_GOAL.MEASURE_ID.eq(MEASURE.ID)
                            .and(GOAL.ID.eq(filter.goalId()).or(GOAL.PARENT_ID.eq(filter.goalId()))))));
        }
        return c;
    }

    private static Measure measure(Record r) {
        return new Measure(r.get(MEASURE.ID), r.get(MEASURE.PLAN_ID), r.get(MEASURE.SECTION_ID),
                r.get(PLAN_SECTION.TITLE), r.get(MEASURE.TITLE), r.get(MEASURE.DESCRIPTION),
                r.get(MEASURE.LEAD_AGENCY_ID), r.get(AGENCY.NAME), r.get(MEASURE.STARTS_ON), r.get(MEASURE.ENDS_ON),
                MeasureStatus.valueOf(r.get(MEASURE.STATUS)), r.get(MEASURE.STATUS_REASON), r.get(MEASURE.VERSION));
    }
}
