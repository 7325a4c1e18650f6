package org.councilworkspace.implementation;

import static org.councilworkspace.db.Tables.PLAN_VERSION_MEASURE;

import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The measures frozen with plan versions: written once when a version is frozen, read in the version's order. */
@Repository
class MeasureSnapshotRepository {

    /** One frozen measure as stored; the content is the JSON of a {@link MeasureSnapshot}. */
    record Stored(long measureId, long sectionId, String content) {
    }

    private final DSLContext db;

    MeasureSnapshotRepository(DSLContext db) {
        this.db = db;
    }

    /** A measure to freeze with a version, its content already written as JSON. */
    record NewSnapshot(long measureId, long sectionId, int ordinal, String title, String content) {
    }

    /** Writes a version's frozen measures in one batch of one prepared statement, not a round trip per measure. */
    void insertAll(long versionId, List<NewSnapshot> rows) {
        if (rows.isEmpty()) {
            return;
        }
        BatchBindStep batch = db.batch(db.insertInto(PLAN_VERSION_MEASURE, PLAN_VERSION_MEASURE.VERSION_ID,
                PLAN_VERSION_MEASURE.MEASURE_ID, PLAN_VERSION_MEASURE.SECTION_ID, PLAN_VERSION_MEASURE.ORDINAL,
                PLAN_VERSION_MEASURE.TITLE, PLAN_VERSION_MEASURE.CONTENT)
                .values((Long) null, (Long) null, (Long) null, (Integer) null, (String) null, (String) null));
        for (NewSnapshot row : rows) {
            batch = batch.bind(versionId, row.measureId(), row.sectionId(), row.ordinal(), row.title(), row.content());
        }
        batch.execute();
    }

    List<Stored> ofVersion(long versionId) {
        return db.select(PLAN_VERSION_MEASURE.MEASURE_ID, PLAN_VERSION_MEASURE.SECTION_ID, PLAN_VERSION_MEASURE.CONTENT)
                .from(PLAN_VERSION_MEASURE).where(PLAN_VERSION_MEASURE.VERSION_ID.eq(versionId))
                .orderBy(PLAN_VERSION_MEASURE.ORDINAL)
                .fetch(r -> new Stored(r.value1(), r.value2(), r.value3()));
    }
}
