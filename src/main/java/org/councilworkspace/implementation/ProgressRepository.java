package org.councilworkspace.implementation;

import static org.councilworkspace.db.Tables.PROGRESS_KPI;
import static org.councilworkspace.db.Tables.PROGRESS_KPI_ACTUAL;
import static org.councilworkspace.db.Tables.PROGRESS_KPI_TARGET;
import static org.councilworkspace.db.Tables.PROGRESS_MEASURE;
import static org.councilworkspace.db.Tables.PROGRESS_MEASURE_GOAL;
import static org.councilworkspace.db.Tables.PROGRESS_PUBLICATION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.councilworkspace.db.tables.records.ProgressPublicationRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
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
        // The whole snapshot in one batch, not a round trip per row: a large register has thousands.
        List<Query> rows = new ArrayList<>();
        for (ProgressMeasure m : measures) {
            rows.add(db.insertInto(PROGRESS_MEASURE).set(PROGRESS_MEASURE.PUBLICATION_ID, id)
                    .set(PROGRESS_MEASURE.POSITION, m.position()).set(PROGRESS_MEASURE.SECTION_TITLE, m.sectionTitle())
                    .set(PROGRESS_MEASURE.TITLE, m.title()).set(PROGRESS_MEASURE.LEAD_AGENCY, m.leadAgency())
                    .set(PROGRESS_MEASURE.STATUS, m.status().name())
                    .set(PROGRESS_MEASURE.STATUS_REASON, m.statusReason()));
            for (int i = 0; i < m.goals().size(); i++) {
                AlignedGoal g = m.goals().get(i);
                rows.add(db.insertInto(PROGRESS_MEASURE_GOAL).set(PROGRESS_MEASURE_GOAL.PUBLICATION_ID, id)
                        .set(PROGRESS_MEASURE_GOAL.MEASURE_POSITION, m.position())
                        .set(PROGRESS_MEASURE_GOAL.POSITION, i).set(PROGRESS_MEASURE_GOAL.CODE, g.code())
                        .set(PROGRESS_MEASURE_GOAL.TITLE_EN, g.titleEn()).set(PROGRESS_MEASURE_GOAL.TITLE_JA, g.titleJa())
                        .set(PROGRESS_MEASURE_GOAL.TITLE_TH, g.titleTh()));
            }
        }
        for (ProgressKpi k : kpis) {
            Kpi kpi = k.kpi();
            rows.add(db.insertInto(PROGRESS_KPI).set(PROGRESS_KPI.PUBLICATION_ID, id).set(PROGRESS_KPI.POSITION, (int) kpi.id())
                    .set(PROGRESS_KPI.MEASURE_POSITION, (int) kpi.measureId()).set(PROGRESS_KPI.NAME, kpi.name())
                    .set(PROGRESS_KPI.UNIT, kpi.unit()).set(PROGRESS_KPI.BASELINE_YEAR, kpi.baselineYear())
                    .set(PROGRESS_KPI.BASELINE_VALUE, kpi.baselineValue())
                    .set(PROGRESS_KPI.DIRECTION, kpi.direction().name()).set(PROGRESS_KPI.DATA_SOURCE, kpi.dataSource())
                    .set(PROGRESS_KPI.FREQUENCY, kpi.frequency().name()).set(PROGRESS_KPI.STATUS, k.status().name())
                    .set(PROGRESS_KPI.EXPECTED_VALUE, k.expected() == null ? null
                            : k.expected().setScale(4, RoundingMode.HALF_UP)));
            for (KpiTarget t : kpi.targets()) {
                rows.add(db.insertInto(PROGRESS_KPI_TARGET).set(PROGRESS_KPI_TARGET.PUBLICATION_ID, id)
                        .set(PROGRESS_KPI_TARGET.KPI_POSITION, (int) kpi.id())
                        .set(PROGRESS_KPI_TARGET.TARGET_YEAR, t.year()).set(PROGRESS_KPI_TARGET.TARGET_VALUE, t.value()));
            }
            for (Actual a : k.actuals()) {
                rows.add(db.insertInto(PROGRESS_KPI_ACTUAL).set(PROGRESS_KPI_ACTUAL.PUBLICATION_ID, id)
                        .set(PROGRESS_KPI_ACTUAL.KPI_POSITION, (int) kpi.id())
                        .set(PROGRESS_KPI_ACTUAL.PERIOD_YEAR, a.year()).set(PROGRESS_KPI_ACTUAL.PERIOD_NO, a.periodNo())
                        .set(PROGRESS_KPI_ACTUAL.ACTUAL_VALUE, a.value()));
            }
        }
        db.batch(rows).execute();
        return id;
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
                .orderBy(PROGRESS_KPI.POSITION).fetch(r -> new ProgressKpi(titles.get(r.getMeasurePosition()),
                        new Kpi(r.getPosition(), r.getMeasurePosition(), r.getName(), r.getUnit(), r.getBaselineYear(),
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
