package org.councilworkspace.implementation;

import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.PROGRESS_KPI;
import static org.councilworkspace.db.Tables.PROGRESS_KPI_ACTUAL;
import static org.councilworkspace.db.Tables.PROGRESS_KPI_TARGET;
import static org.councilworkspace.db.Tables.PROGRESS_MEASURE;
import static org.councilworkspace.db.Tables.PROGRESS_MEASURE_GOAL;
import static org.councilworkspace.db.Tables.PROGRESS_PUBLICATION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.councilworkspace.db.tables.records.ProgressPublicationRecord;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Published progress snapshots: written once, read by the portal, never updated. */
@Repository
class ProgressRepository {

    private static final org.councilworkspace.db.tables.ProgressPublication NEWER = PROGRESS_PUBLICATION.as("newer");

    private final DSLContext db;

    ProgressRepository(DSLContext db) {
        this.db = db;
    }

    /** Stores the snapshot; the publication's own id in {@code p} is ignored and the new one returned. */
    long insert(ProgressPublication p, List<ProgressMeasure> measures, List<ProgressKpi> kpis, long by,
                OffsetDateTime now) {
        long id = db.insertInto(PROGRESS_PUBLICATION).set(PROGRESS_PUBLICATION.PLAN_ID, p.planId())
                .set(PROGRESS_PUBLICATION.COUNCIL_ID, p.councilId()).set(PROGRESS_PUBLICATION.PLAN_TITLE, p.planTitle())
                .set(PROGRESS_PUBLICATION.CYCLE_START, p.cycleStart()).set(PROGRESS_PUBLICATION.CYCLE_END, p.cycleEnd())
                .set(PROGRESS_PUBLICATION.AS_OF, p.asOf())
                .set(PROGRESS_PUBLICATION.TOLERANCE_PERCENT, p.tolerancePercent())
                .set(PROGRESS_PUBLICATION.CORRECTS_ID, p.correctsId())
                .set(PROGRESS_PUBLICATION.CORRECTION_REASON, p.correctionReason())
                .set(PROGRESS_PUBLICATION.PUBLISHED_BY, by).set(PROGRESS_PUBLICATION.PUBLISHED_AT, now)
                .returningResult(PROGRESS_PUBLICATION.ID).fetchOne(PROGRESS_PUBLICATION.ID);
        // The whole snapshot in four batches of one prepared statement each, not a round trip per row: a large
        // register has hundreds of thousands.
        BatchBindStep measureRows = db.batch(db.insertInto(PROGRESS_MEASURE, PROGRESS_MEASURE.PUBLICATION_ID,
                PROGRESS_MEASURE.POSITION, PROGRESS_MEASURE.SECTION_TITLE, PROGRESS_MEASURE.TITLE,
                PROGRESS_MEASURE.LEAD_AGENCY, PROGRESS_MEASURE.STATUS, PROGRESS_MEASURE.STATUS_REASON)
                .values((Long) null, null, null, null, null, null, null));
        BatchBindStep goalRows = db.batch(db.insertInto(PROGRESS_MEASURE_GOAL, PROGRESS_MEASURE_GOAL.PUBLICATION_ID,
                PROGRESS_MEASURE_GOAL.MEASURE_POSITION, PROGRESS_MEASURE_GOAL.POSITION, PROGRESS_MEASURE_GOAL.CODE,
                PROGRESS_MEASURE_GOAL.TITLE_EN, PROGRESS_MEASURE_GOAL.TITLE_JA, PROGRESS_MEASURE_GOAL.TITLE_TH)
                .values((Long) null, null, null, null, null, null, null));
        int goals = 0;
        for (ProgressMeasure m : measures) {
            measureRows = measureRows.bind(id, m.position(), m.sectionTitle(), m.title(), m.leadAgency(),
                    m.status().name(), m.statusReason());
            for (int i = 0; i < m.goals().size(); i++) {
                AlignedGoal g = m.goals().get(i);
                goalRows = goalRows.bind(id, m.position(), i, g.code(), g.titleEn(), g.titleJa(), g.titleTh());
                goals++;
            }
        }
        BatchBindStep kpiRows = db.batch(db.insertInto(PROGRESS_KPI, PROGRESS_KPI.PUBLICATION_ID, PROGRESS_KPI.POSITION,
                PROGRESS_KPI.MEASURE_POSITION, PROGRESS_KPI.PLACE_IN_MEASURE, PROGRESS_KPI.NAME, PROGRESS_KPI.UNIT,
                PROGRESS_KPI.BASELINE_YEAR, PROGRESS_KPI.BASELINE_VALUE, PROGRESS_KPI.DIRECTION,
                PROGRESS_KPI.DATA_SOURCE, PROGRESS_KPI.FREQUENCY, PROGRESS_KPI.STATUS, PROGRESS_KPI.EXPECTED_VALUE)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null));
        BatchBindStep targetRows = db.batch(db.insertInto(PROGRESS_KPI_TARGET, PROGRESS_KPI_TARGET.PUBLICATION_ID,
                PROGRESS_KPI_TARGET.KPI_POSITION, PROGRESS_KPI_TARGET.TARGET_YEAR, PROGRESS_KPI_TARGET.TARGET_VALUE)
                .values((Long) null, null, null, null));
        BatchBindStep actualRows = db.batch(db.insertInto(PROGRESS_KPI_ACTUAL, PROGRESS_KPI_ACTUAL.PUBLICATION_ID,
                PROGRESS_KPI_ACTUAL.KPI_POSITION, PROGRESS_KPI_ACTUAL.PERIOD_YEAR, PROGRESS_KPI_ACTUAL.PERIOD_NO,
                PROGRESS_KPI_ACTUAL.ACTUAL_VALUE).values((Long) null, null, null, null, null));
        int targets = 0;
        int actuals = 0;
        for (ProgressKpi k : kpis) {
            Kpi kpi = k.kpi();
            kpiRows = kpiRows.bind(id, k.position(), k.measurePosition(), k.placeInMeasure(), kpi.name(), kpi.unit(),
                    kpi.baselineYear(), kpi.baselineValue(), kpi.direction().name(), kpi.dataSource(),
                    kpi.frequency().name(), k.status().name(),
                    k.expected() == null ? null : k.expected().setScale(4, RoundingMode.HALF_UP));
            for (KpiTarget t : kpi.targets()) {
                targetRows = targetRows.bind(id, k.position(), t.year(), t.value());
                targets++;
            }
            for (Actual a : k.actuals()) {
                actualRows = actualRows.bind(id, k.position(), a.year(), a.periodNo(), a.value());
                actuals++;
            }
        }
        // Parents first: the KPIs refer to the measures, targets and actuals to the KPIs.
        if (!measures.isEmpty()) {
            measureRows.execute();
        }
        if (goals > 0) {
            goalRows.execute();
        }
        if (!kpis.isEmpty()) {
            kpiRows.execute();
        }
        if (targets > 0) {
            targetRows.execute();
        }
        if (actuals > 0) {
            actualRows.execute();
        }
        return id;
    }

    /**
     * Holds the plan's row until the transaction ends, so that publications of one plan are made one after another.
     * On PostgreSQL the weaker row lock is enough and lets others keep inserting rows that refer to the plan (a full
     * row lock would make them wait for its key).
     */
    void lockPlan(long planId) {
        var plan = db.select(MASTER_PLAN.ID).from(MASTER_PLAN).where(MASTER_PLAN.ID.eq(planId));
        (db.dialect().family() == SQLDialect.POSTGRES ? plan.forNoKeyUpdate() : plan.forUpdate()).fetch();
    }

    Optional<ProgressPublication> find(long publicationId) {
        return db.selectFrom(PROGRESS_PUBLICATION).where(PROGRESS_PUBLICATION.ID.eq(publicationId))
                .fetchOptional(ProgressRepository::publication);
    }

    /** Every publication of a plan, the newest (the one the portal shows first) first. */
    List<ProgressPublication> ofPlan(long planId) {
        return db.selectFrom(PROGRESS_PUBLICATION).where(PROGRESS_PUBLICATION.PLAN_ID.eq(planId))
                .orderBy(PROGRESS_PUBLICATION.ID.desc()).fetch(ProgressRepository::publication);
    }

    /** The newest publication of each plan, of one council or of all; newest first. */
    List<ProgressPublication> currentOfPlans(Long councilId) {
        Condition newest = DSL.notExists(DSL.selectOne().from(NEWER).where(NEWER.PLAN_ID
                .eq(PROGRESS_PUBLICATION.PLAN_ID).and(NEWER.ID.gt(PROGRESS_PUBLICATION.ID))));
        Condition council = councilId == null ? DSL.noCondition() : PROGRESS_PUBLICATION.COUNCIL_ID.eq(councilId);
        return db.selectFrom(PROGRESS_PUBLICATION).where(newest.and(council)).orderBy(PROGRESS_PUBLICATION.ID.desc())
                .limit(500).fetch(ProgressRepository::publication);
    }

    List<ProgressMeasure> measures(long publicationId) {
        Map<Integer, List<AlignedGoal>> goals = db.selectFrom(PROGRESS_MEASURE_GOAL)
                .where(PROGRESS_MEASURE_GOAL.PUBLICATION_ID.eq(publicationId))
                .orderBy(PROGRESS_MEASURE_GOAL.MEASURE_POSITION, PROGRESS_MEASURE_GOAL.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getMeasurePosition(), Collectors.mapping(r -> new AlignedGoal(
                        r.getCode(), r.getTitleEn(), r.getTitleJa(), r.getTitleTh()), Collectors.toList())));
        return db.selectFrom(PROGRESS_MEASURE).where(PROGRESS_MEASURE.PUBLICATION_ID.eq(publicationId))
                .orderBy(PROGRESS_MEASURE.POSITION).fetch(r -> new ProgressMeasure(r.getPosition(),
                        r.getSectionTitle(), r.getTitle(), r.getLeadAgency(), MeasureStatus.valueOf(r.getStatus()),
                        r.getStatusReason(), goals.getOrDefault(r.getPosition(), List.of())));
    }

    /** The KPIs with their targets and actuals, in four queries however many there are. */
    List<ProgressKpi> kpis(long publicationId, List<ProgressMeasure> measures) {
        Map<Integer, String> titles = measures.stream()
                .collect(Collectors.toMap(ProgressMeasure::position, ProgressMeasure::title));
        Map<Integer, List<KpiTarget>> targets = db.selectFrom(PROGRESS_KPI_TARGET)
                .where(PROGRESS_KPI_TARGET.PUBLICATION_ID.eq(publicationId))
                .orderBy(PROGRESS_KPI_TARGET.KPI_POSITION, PROGRESS_KPI_TARGET.TARGET_YEAR).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getKpiPosition(), Collectors.mapping(
                        r -> new KpiTarget(r.getTargetYear(), r.getTargetValue()), Collectors.toList())));
        Map<Integer, List<Actual>> actuals = db.selectFrom(PROGRESS_KPI_ACTUAL)
                .where(PROGRESS_KPI_ACTUAL.PUBLICATION_ID.eq(publicationId))
                .orderBy(PROGRESS_KPI_ACTUAL.KPI_POSITION, PROGRESS_KPI_ACTUAL.PERIOD_YEAR,
                        PROGRESS_KPI_ACTUAL.PERIOD_NO).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getKpiPosition(), Collectors.mapping(
                        r -> new Actual(0, r.getKpiPosition(), r.getPeriodYear(), r.getPeriodNo(), 1,
                                r.getActualValue(), null, null, null, null, null, null), Collectors.toList())));
        return db.selectFrom(PROGRESS_KPI).where(PROGRESS_KPI.PUBLICATION_ID.eq(publicationId))
                .orderBy(PROGRESS_KPI.POSITION).fetch(r -> new ProgressKpi(r.getPosition(), r.getMeasurePosition(),
                        r.getPlaceInMeasure(), titles.get(r.getMeasurePosition()),
                        new Kpi(0, 0, r.getName(), r.getUnit(), r.getBaselineYear(),
                                r.getBaselineValue(), Direction.valueOf(r.getDirection()), r.getDataSource(),
                                ReportingFrequency.valueOf(r.getFrequency()),
                                targets.getOrDefault(r.getPosition(), List.of()), 0),
                        actuals.getOrDefault(r.getPosition(), List.of()), KpiStatus.valueOf(r.getStatus()),
                        r.getExpectedValue()));
    }

    private static ProgressPublication publication(ProgressPublicationRecord r) {
        return new ProgressPublication(r.getId(), r.getPlanId(), r.getCouncilId(), r.getPlanTitle(),
                r.getCycleStart(), r.getCycleEnd(), r.getAsOf(), r.getTolerancePercent(), r.getCorrectsId(),
                r.getCorrectionReason(), r.getPublishedAt());
    }

    static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
