package org.councilworkspace.implementation;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.KPI;
import static org.councilworkspace.db.Tables.KPI_ACTUAL;
import static org.councilworkspace.db.Tables.KPI_TARGET;
import static org.councilworkspace.db.Tables.MEASURE;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** KPIs with their targets, and every reported version of their actuals. */
@Repository
class KpiRepository {

    private static final org.councilworkspace.db.tables.KpiActual NEWER = KPI_ACTUAL.as("newer");

    private final DSLContext db;

    KpiRepository(DSLContext db) {
        this.db = db;
    }

    long insert(long measureId, NewKpi k, OffsetDateTime now) {
        long id = db.insertInto(KPI).set(KPI.MEASURE_ID, measureId).set(KPI.NAME, k.name()).set(KPI.UNIT, k.unit())
                .set(KPI.BASELINE_YEAR, k.baselineYear()).set(KPI.BASELINE_VALUE, k.baselineValue())
                .set(KPI.DIRECTION, k.direction().name()).set(KPI.DATA_SOURCE, k.dataSource())
                .set(KPI.FREQUENCY, k.frequency().name()).set(KPI.CREATED_AT, now)
                .returningResult(KPI.ID).fetchOne(KPI.ID);
        for (KpiTarget target : k.targets()) {
            db.insertInto(KPI_TARGET).set(KPI_TARGET.KPI_ID, id).set(KPI_TARGET.TARGET_YEAR, target.year())
                    .set(KPI_TARGET.TARGET_VALUE, target.value()).execute();
        }
        return id;
    }

    Optional<Kpi> find(long kpiId) {
        return fetch(KPI.ID.eq(kpiId)).stream().findFirst();
    }

    List<Kpi> ofMeasure(long measureId) {
        return fetch(KPI.MEASURE_ID.eq(measureId));
    }

    /** Every KPI of a plan's measures, in two queries however many there are. */
    List<Kpi> ofPlan(long planId) {
        return fetch(KPI.MEASURE_ID.in(DSL.select(MEASURE.ID).from(MEASURE).where(MEASURE.PLAN_ID.eq(planId))));
    }

    /** One page of a plan's KPIs, in measure order, with their targets: two queries per page. */
    List<Kpi> ofPlan(long planId, int offset, int limit) {
        List<Long> ids = db.select(KPI.ID).from(KPI).join(MEASURE).on(MEASURE.ID.eq(KPI.MEASURE_ID))
                .where(MEASURE.PLAN_ID.eq(planId)).orderBy(MEASURE.SECTION_ID, MEASURE.ID, KPI.ID)
                .offset(offset).limit(limit).fetch(KPI.ID);
        Map<Long, Kpi> byId = fetch(KPI.ID.in(ids)).stream()
                .collect(Collectors.toMap(Kpi::id, k -> k));
        return ids.stream().map(byId::get).toList();
    }

    /** The KPIs of one frequency on the measures an agency leads in a plan: what its report in a round covers. */
    List<Kpi> ofAgency(long planId, long agencyId, ReportingFrequency frequency) {
        return fetch(KPI.FREQUENCY.eq(frequency.name()).and(KPI.MEASURE_ID.in(DSL.select(MEASURE.ID).from(MEASURE)
                .where(MEASURE.PLAN_ID.eq(planId).and(MEASURE.LEAD_AGENCY_ID.eq(agencyId))))));
    }

    int countOfPlan(long planId) {
        return db.fetchCount(KPI, KPI.MEASURE_ID.in(DSL.select(MEASURE.ID).from(MEASURE)
                .where(MEASURE.PLAN_ID.eq(planId))));
    }

    Map<Long, String> measureTitles(Collection<Long> measureIds) {
        return db.select(MEASURE.ID, MEASURE.TITLE).from(MEASURE).where(MEASURE.ID.in(measureIds))
                .fetchMap(MEASURE.ID, MEASURE.TITLE);
    }

    private List<Kpi> fetch(Condition condition) {
        List<Record> rows = db.selectFrom(KPI).where(condition).orderBy(KPI.ID).fetch().map(r -> (Record) r);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<KpiTarget>> targets = db.selectFrom(KPI_TARGET)
                .where(KPI_TARGET.KPI_ID.in(DSL.select(KPI.ID).from(KPI).where(condition)))
                .orderBy(KPI_TARGET.TARGET_YEAR).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getKpiId(), LinkedHashMap::new, Collectors.mapping(
                        r -> new KpiTarget(r.getTargetYear(), r.getTargetValue()), Collectors.toList())));
        return rows.stream().map(r -> new Kpi(r.get(KPI.ID), r.get(KPI.MEASURE_ID), r.get(KPI.NAME), r.get(KPI.UNIT),
                r.get(KPI.BASELINE_YEAR), r.get(KPI.BASELINE_VALUE), Direction.valueOf(r.get(KPI.DIRECTION)),
                r.get(KPI.DATA_SOURCE), ReportingFrequency.valueOf(r.get(KPI.FREQUENCY)),
                targets.getOrDefault(r.get(KPI.ID), List.of()), r.get(KPI.VERSION))).toList();
    }

    long insertActual(long kpiId, NewActual a, int versionNo, Long replacesId, String reason, long by,
                      OffsetDateTime now) {
        return db.insertInto(KPI_ACTUAL).set(KPI_ACTUAL.KPI_ID, kpiId).set(KPI_ACTUAL.PERIOD_YEAR, a.year())
                .set(KPI_ACTUAL.PERIOD_NO, a.periodNo()).set(KPI_ACTUAL.VERSION_NO, versionNo)
                .set(KPI_ACTUAL.ACTUAL_VALUE, a.value()).set(KPI_ACTUAL.EVIDENCE_URL, a.evidenceUrl())
                .set(KPI_ACTUAL.COMMENT, a.comment()).set(KPI_ACTUAL.REPLACES_ID, replacesId)
                .set(KPI_ACTUAL.CORRECTION_REASON, reason).set(KPI_ACTUAL.REPORTED_BY, by)
                .set(KPI_ACTUAL.REPORTED_AT, now).returningResult(KPI_ACTUAL.ID).fetchOne(KPI_ACTUAL.ID);
    }

    Optional<Actual> findActual(long actualId) {
        return selectActuals().where(KPI_ACTUAL.ID.eq(actualId)).fetchOptional(KpiRepository::actual);
    }

    /** The newest version of one period's actual, if any was reported. */
    Optional<Actual> currentActual(long kpiId, int year, int periodNo) {
        return selectActuals().where(KPI_ACTUAL.KPI_ID.eq(kpiId).and(KPI_ACTUAL.PERIOD_YEAR.eq(year))
                        .and(KPI_ACTUAL.PERIOD_NO.eq(periodNo))).orderBy(KPI_ACTUAL.VERSION_NO.desc()).limit(1)
                .fetchOptional(KpiRepository::actual);
    }

    /**
     * The current value of every reported period of the given KPIs, in period order, in one query. Every version is
     * read and the newest of each period kept here: corrections are few, and a query that asks the database for
     * "no newer version" row by row took H2 hundreds of milliseconds for a page of KPIs with 20 periods each.
     */
    Map<Long, List<Actual>> currentActuals(Collection<Long> kpiIds) {
        if (kpiIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Actual>> current = new LinkedHashMap<>();
        Actual previous = null;
        for (Actual a : selectActuals().where(KPI_ACTUAL.KPI_ID.in(kpiIds)).orderBy(KPI_ACTUAL.KPI_ID,
                KPI_ACTUAL.PERIOD_YEAR, KPI_ACTUAL.PERIOD_NO, KPI_ACTUAL.VERSION_NO).fetch(KpiRepository::actual)) {
            List<Actual> periods = current.computeIfAbsent(a.kpiId(), id -> new java.util.ArrayList<>());
            boolean samePeriod = previous != null && previous.kpiId() == a.kpiId() && previous.year() == a.year()
                    && previous.periodNo() == a.periodNo();
            if (samePeriod) {
                periods.set(periods.size() - 1, a);
            } else {
                periods.add(a);
            }
            previous = a;
        }
        return current;
    }

    /**
     * The current value of the latest reported period of each of a plan's KPIs (the one its status is computed
     * from), in one query that reads one row per KPI through the index on its periods instead of every period.
     */
    Map<Long, Actual> latestActualsOfPlan(long planId) {
        var latest = DSL.select(NEWER.ID).from(NEWER).where(NEWER.KPI_ID.eq(KPI.ID))
                .orderBy(NEWER.PERIOD_YEAR.desc(), NEWER.PERIOD_NO.desc(), NEWER.VERSION_NO.desc()).limit(1);
        var ids = DSL.select(DSL.field(latest)).from(KPI).join(MEASURE).on(MEASURE.ID.eq(KPI.MEASURE_ID))
                .where(MEASURE.PLAN_ID.eq(planId));
        return selectActuals().where(KPI_ACTUAL.ID.in(ids)).fetch().stream().map(KpiRepository::actual)
                .collect(Collectors.toMap(Actual::kpiId, a -> a));
    }

    /** Every version of every period, oldest period first and, within a period, the original first. */
    List<Actual> history(long kpiId) {
        return selectActuals().where(KPI_ACTUAL.KPI_ID.eq(kpiId))
                .orderBy(KPI_ACTUAL.PERIOD_YEAR, KPI_ACTUAL.PERIOD_NO, KPI_ACTUAL.VERSION_NO)
                .fetch(KpiRepository::actual);
    }

    /**
     * Copies every version of a KPI's actuals to another KPI, who reported it and when included, corrections still
     * naming the version they replace: the next cycle's KPI keeps the history it was measured by.
     */
    int copyActuals(long fromKpiId, long toKpiId) {
        Map<Long, Long> copies = new LinkedHashMap<>();
        for (var r : db.selectFrom(KPI_ACTUAL).where(KPI_ACTUAL.KPI_ID.eq(fromKpiId)).orderBy(KPI_ACTUAL.ID).fetch()) {
            Long replaces = r.getReplacesId() == null ? null : copies.get(r.getReplacesId());
            long id = db.insertInto(KPI_ACTUAL).set(KPI_ACTUAL.KPI_ID, toKpiId)
                    .set(KPI_ACTUAL.PERIOD_YEAR, r.getPeriodYear()).set(KPI_ACTUAL.PERIOD_NO, r.getPeriodNo())
                    .set(KPI_ACTUAL.VERSION_NO, r.getVersionNo()).set(KPI_ACTUAL.ACTUAL_VALUE, r.getActualValue())
                    .set(KPI_ACTUAL.EVIDENCE_URL, r.getEvidenceUrl()).set(KPI_ACTUAL.COMMENT, r.getComment())
                    .set(KPI_ACTUAL.REPLACES_ID, replaces).set(KPI_ACTUAL.CORRECTION_REASON, r.getCorrectionReason())
                    .set(KPI_ACTUAL.REPORTED_BY, r.getReportedBy()).set(KPI_ACTUAL.REPORTED_AT, r.getReportedAt())
                    .returningResult(KPI_ACTUAL.ID).fetchOne(KPI_ACTUAL.ID);
            copies.put(r.getId(), id);
        }
        return copies.size();
    }

    private org.jooq.SelectOnConditionStep<Record> selectActuals() {
        return db.select(KPI_ACTUAL.fields()).select(APP_USER.DISPLAY_NAME).from(KPI_ACTUAL)
                .join(APP_USER).on(APP_USER.ID.eq(KPI_ACTUAL.REPORTED_BY));
    }

    private static Actual actual(Record r) {
        return new Actual(r.get(KPI_ACTUAL.ID), r.get(KPI_ACTUAL.KPI_ID), r.get(KPI_ACTUAL.PERIOD_YEAR),
                r.get(KPI_ACTUAL.PERIOD_NO), r.get(KPI_ACTUAL.VERSION_NO), r.get(KPI_ACTUAL.ACTUAL_VALUE),
                r.get(KPI_ACTUAL.EVIDENCE_URL), r.get(KPI_ACTUAL.COMMENT), r.get(KPI_ACTUAL.REPLACES_ID),
                r.get(KPI_ACTUAL.CORRECTION_REASON), r.get(APP_USER.DISPLAY_NAME), r.get(KPI_ACTUAL.REPORTED_AT));
    }
}
