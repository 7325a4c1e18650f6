package org.councilworkspace.implementation;

import static org.councilworkspace.db.Tables.GOAL;
import static org.councilworkspace.db.Tables.GOAL_FRAMEWORK;
import static org.councilworkspace.db.Tables.MEASURE;
import static org.councilworkspace.db.Tables.MEASURE_GOAL;
import static org.councilworkspace.db.Tables.PLAN_SECTION;
import static org.councilworkspace.db.Tables.SECTION_GOAL;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** A plan's goal frameworks and their goals, and which measures and sections are aligned with which goal. */
@Repository
class GoalRepository {

    private final DSLContext db;

    GoalRepository(DSLContext db) {
        this.db = db;
    }

    List<GoalFramework> frameworks(long planId) {
        var goals = DSL.selectCount().from(GOAL).where(GOAL.FRAMEWORK_ID.eq(GOAL_FRAMEWORK.ID)).asField("goals");
        return db.select(GOAL_FRAMEWORK.ID, GOAL_FRAMEWORK.PLAN_ID, GOAL_FRAMEWORK.SOURCE, GOAL_FRAMEWORK.NAME, goals)
                .from(GOAL_FRAMEWORK).where(GOAL_FRAMEWORK.PLAN_ID.eq(planId)).orderBy(GOAL_FRAMEWORK.ID)
                .fetch(r -> new GoalFramework(r.value1(), r.value2(), FrameworkSource.valueOf(r.value3()), r.value4(),
                        (Integer) r.value5()));
    }

    Optional<GoalFramework> framework(long frameworkId) {
        return db.selectFrom(GOAL_FRAMEWORK).where(GOAL_FRAMEWORK.ID.eq(frameworkId)).fetchOptional(r ->
                new GoalFramework(r.getId(), r.getPlanId(), FrameworkSource.valueOf(r.getSource()), r.getName(), 0));
    }

    /** The plan of any section, archived ones included (their alignment stays readable). */
    Optional<Long> planOfSection(long sectionId) {
        return db.select(PLAN_SECTION.PLAN_ID).from(PLAN_SECTION).where(PLAN_SECTION.ID.eq(sectionId))
                .fetchOptional(PLAN_SECTION.PLAN_ID);
    }

    boolean nameTaken(long planId, String name) {
        return db.fetchExists(GOAL_FRAMEWORK, GOAL_FRAMEWORK.PLAN_ID.eq(planId)
                .and(DSL.lower(GOAL_FRAMEWORK.NAME).eq(name.toLowerCase(java.util.Locale.ROOT))));
    }

    long insertFramework(long planId, FrameworkSource source, String name, long by, OffsetDateTime now) {
        return db.insertInto(GOAL_FRAMEWORK).set(GOAL_FRAMEWORK.PLAN_ID, planId)
                .set(GOAL_FRAMEWORK.SOURCE, source.name()).set(GOAL_FRAMEWORK.NAME, name)
                .set(GOAL_FRAMEWORK.CREATED_BY, by).set(GOAL_FRAMEWORK.CREATED_AT, now)
                .returningResult(GOAL_FRAMEWORK.ID).fetchOne(GOAL_FRAMEWORK.ID);
    }

    long insertGoal(long frameworkId, Long parentId, NewGoal goal) {
        Integer last = db.select(DSL.max(GOAL.POSITION)).from(GOAL).where(GOAL.FRAMEWORK_ID.eq(frameworkId))
                .fetchOne(0, Integer.class);
        return db.insertInto(GOAL).set(GOAL.FRAMEWORK_ID, frameworkId).set(GOAL.PARENT_ID, parentId)
                .set(GOAL.CODE, goal.code()).set(GOAL.POSITION, last == null ? 0 : last + 1)
                .set(GOAL.TITLE_EN, goal.titleEn()).set(GOAL.TITLE_JA, goal.titleJa())
                .set(GOAL.TITLE_TH, goal.titleTh()).returningResult(GOAL.ID).fetchOne(GOAL.ID);
    }

    /** The SDG goals first (each target needs its goal's id), then every target in one batch. */
    void insertSdg(long frameworkId, List<SdgCatalogue.Entry> entries) {
        Map<String, Long> goalIds = new HashMap<>();
        List<Query> targets = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SdgCatalogue.Entry e = entries.get(i);
            if (!e.target()) {
                goalIds.put(e.code(), db.insertInto(GOAL).set(GOAL.FRAMEWORK_ID, frameworkId).set(GOAL.CODE, e.code())
                        .set(GOAL.POSITION, i).set(GOAL.TITLE_EN, e.en()).set(GOAL.TITLE_JA, e.ja())
                        .set(GOAL.TITLE_TH, e.th()).returningResult(GOAL.ID).fetchOne(GOAL.ID));
            } else {
                targets.add(db.insertInto(GOAL).set(GOAL.FRAMEWORK_ID, frameworkId)
                        .set(GOAL.PARENT_ID, goalIds.get(e.goalCode())).set(GOAL.CODE, e.code())
                        .set(GOAL.POSITION, i).set(GOAL.TITLE_EN, e.en()).set(GOAL.TITLE_JA, e.ja())
                        .set(GOAL.TITLE_TH, e.th()));
            }
        }
        db.batch(targets).execute();
    }

    boolean codeTaken(long frameworkId, String code) {
        return db.fetchExists(GOAL, GOAL.FRAMEWORK_ID.eq(frameworkId).and(GOAL.CODE.eq(code)));
    }

    /** Every goal of the plan's frameworks, framework by framework, in each framework's order. */
    List<Goal> goalsOfPlan(long planId) {
        return db.select(GOAL.fields()).from(GOAL).join(GOAL_FRAMEWORK).on(GOAL_FRAMEWORK.ID.eq(GOAL.FRAMEWORK_ID))
                .where(GOAL_FRAMEWORK.PLAN_ID.eq(planId)).orderBy(GOAL_FRAMEWORK.ID, GOAL.POSITION)
                .fetch(GoalRepository::goal);
    }

    Optional<Goal> goalOfPlan(long goalId, long planId) {
        return db.select(GOAL.fields()).from(GOAL).join(GOAL_FRAMEWORK).on(GOAL_FRAMEWORK.ID.eq(GOAL.FRAMEWORK_ID))
                .where(GOAL.ID.eq(goalId).and(GOAL_FRAMEWORK.PLAN_ID.eq(planId))).fetchOptional(GoalRepository::goal);
    }

    List<Goal> ofMeasure(long measureId) {
        return db.select(GOAL.fields()).from(MEASURE_GOAL).join(GOAL).on(GOAL.ID.eq(MEASURE_GOAL.GOAL_ID))
                .join(GOAL_FRAMEWORK).on(GOAL_FRAMEWORK.ID.eq(GOAL.FRAMEWORK_ID))
                .where(MEASURE_GOAL.MEASURE_ID.eq(measureId)).orderBy(GOAL_FRAMEWORK.ID, GOAL.POSITION)
                .fetch(GoalRepository::goal);
    }

    List<Goal> ofSection(long sectionId) {
        return db.select(GOAL.fields()).from(SECTION_GOAL).join(GOAL).on(GOAL.ID.eq(SECTION_GOAL.GOAL_ID))
                .join(GOAL_FRAMEWORK).on(GOAL_FRAMEWORK.ID.eq(GOAL.FRAMEWORK_ID))
                .where(SECTION_GOAL.SECTION_ID.eq(sectionId)).orderBy(GOAL_FRAMEWORK.ID, GOAL.POSITION)
                .fetch(GoalRepository::goal);
    }

    /** Each measure of the plan that is aligned, with its goals in framework order, in one query. */
    Map<Long, List<Goal>> ofMeasuresOfPlan(long planId) {
        Map<Long, List<Goal>> result = new LinkedHashMap<>();
        db.select(MEASURE_GOAL.MEASURE_ID).select(GOAL.fields()).from(MEASURE_GOAL)
                .join(MEASURE).on(MEASURE.ID.eq(MEASURE_GOAL.MEASURE_ID))
                .join(GOAL).on(GOAL.ID.eq(MEASURE_GOAL.GOAL_ID))
                .where(MEASURE.PLAN_ID.eq(planId)).orderBy(MEASURE_GOAL.MEASURE_ID, GOAL.FRAMEWORK_ID, GOAL.POSITION)
                .forEach(r -> result.computeIfAbsent(r.get(MEASURE_GOAL.MEASURE_ID), id -> new ArrayList<>())
                        .add(goal(r)));
        return result;
    }

    boolean linkMeasure(long measureId, long goalId, long by, OffsetDateTime now) {
        if (db.fetchExists(MEASURE_GOAL, MEASURE_GOAL.MEASURE_ID.eq(measureId).and(MEASURE_GOAL.GOAL_ID.eq(goalId)))) {
            return false;
        }
        db.insertInto(MEASURE_GOAL).set(MEASURE_GOAL.MEASURE_ID, measureId).set(MEASURE_GOAL.GOAL_ID, goalId)
                .set(MEASURE_GOAL.LINKED_BY, by).set(MEASURE_GOAL.LINKED_AT, now).execute();
        return true;
    }

    boolean unlinkMeasure(long measureId, long goalId) {
        return db.deleteFrom(MEASURE_GOAL).where(MEASURE_GOAL.MEASURE_ID.eq(measureId)
                .and(MEASURE_GOAL.GOAL_ID.eq(goalId))).execute() == 1;
    }

    boolean linkSection(long sectionId, long goalId, long by, OffsetDateTime now) {
        if (db.fetchExists(SECTION_GOAL, SECTION_GOAL.SECTION_ID.eq(sectionId).and(SECTION_GOAL.GOAL_ID.eq(goalId)))) {
            return false;
        }
        db.insertInto(SECTION_GOAL).set(SECTION_GOAL.SECTION_ID, sectionId).set(SECTION_GOAL.GOAL_ID, goalId)
                .set(SECTION_GOAL.LINKED_BY, by).set(SECTION_GOAL.LINKED_AT, now).execute();
        return true;
    }

    boolean unlinkSection(long sectionId, long goalId) {
        return db.deleteFrom(SECTION_GOAL).where(SECTION_GOAL.SECTION_ID.eq(sectionId)
                .and(SECTION_GOAL.GOAL_ID.eq(goalId))).execute() == 1;
    }

    /**
     * For each goal (never a target) with aligned measures: how many distinct measures serve it, directly or through
     * a target. Goals in framework order.
     */
    List<GoalCount> measuresByGoal(long planId) {
        var top = DSL.coalesce(GOAL.PARENT_ID, GOAL.ID);
        Map<Long, Integer> counts = new HashMap<>();
        db.select(top, DSL.countDistinct(MEASURE_GOAL.MEASURE_ID)).from(MEASURE_GOAL)
                .join(MEASURE).on(MEASURE.ID.eq(MEASURE_GOAL.MEASURE_ID))
                .join(GOAL).on(GOAL.ID.eq(MEASURE_GOAL.GOAL_ID))
                .where(MEASURE.PLAN_ID.eq(planId)).groupBy(top)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return goalsOfPlan(planId).stream().filter(g -> counts.containsKey(g.id()))
                .map(g -> new GoalCount(g, counts.get(g.id()))).toList();
    }

    static Goal goal(Record r) {
        return new Goal(r.get(GOAL.ID), r.get(GOAL.FRAMEWORK_ID), r.get(GOAL.PARENT_ID), r.get(GOAL.CODE),
                r.get(GOAL.TITLE_EN), r.get(GOAL.TITLE_JA), r.get(GOAL.TITLE_TH));
    }
}
