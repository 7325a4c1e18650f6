package org.councilworkspace.implementation;

import static org.councilworkspace.db.Tables.AGENCY;
import static org.councilworkspace.db.Tables.KPI;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.MEASURE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Measures with their plan and lead agency, and their KPIs, for the search index. */
@Repository
class RegisterTextRepository {

    record MeasureRow(long id, long planId, long sectionId, long councilId, String title, String description,
                      String statusReason, String leadAgency, OffsetDateTime createdAt) {
    }

    record KpiRow(long id, long measureId, String name, String unit, String dataSource, OffsetDateTime createdAt) {
    }

    private final DSLContext db;

    RegisterTextRepository(DSLContext db) {
        this.db = db;
    }

    List<MeasureRow> page(long afterId, int limit) {
        return select(MEASURE.ID.gt(afterId), limit);
    }

    List<MeasureRow> one(long measureId) {
        return select(MEASURE.ID.eq(measureId), 1);
    }

    List<KpiRow> kpis(List<Long> measureIds) {
        return db.select(KPI.ID, KPI.MEASURE_ID, KPI.NAME, KPI.UNIT, KPI.DATA_SOURCE, KPI.CREATED_AT).from(KPI)
                .where(KPI.MEASURE_ID.in(measureIds)).orderBy(KPI.ID)
                .fetch(r -> new KpiRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    Optional<Long> measureOfKpi(long kpiId) {
        return db.select(KPI.MEASURE_ID).from(KPI).where(KPI.ID.eq(kpiId)).fetchOptional(KPI.MEASURE_ID);
    }

    private List<MeasureRow> select(Condition condition, int limit) {
        return db.select(MEASURE.ID, MEASURE.PLAN_ID, MEASURE.SECTION_ID, MASTER_PLAN.COUNCIL_ID, MEASURE.TITLE,
                        MEASURE.DESCRIPTION, MEASURE.STATUS_REASON, AGENCY.NAME, MEASURE.CREATED_AT)
                .from(MEASURE)
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(MEASURE.PLAN_ID))
                .join(AGENCY).on(AGENCY.ID.eq(MEASURE.LEAD_AGENCY_ID))
                .where(condition)
                .orderBy(MEASURE.ID)
                .limit(limit)
                .fetch(r -> new MeasureRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }
}
