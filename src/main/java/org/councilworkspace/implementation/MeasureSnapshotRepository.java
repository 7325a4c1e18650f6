package org.councilworkspace.implementation;

import static org.councilworkspace.db.Tables.PLAN_VERSION_MEASURE;

import java.util.List;
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

    void insert(long versionId, long measureId, long sectionId, int ordinal, String title, String content) {
        db.insertInto(PLAN_VERSION_MEASURE)
                .set(PLAN_VERSION_MEASURE.VERSION_ID, versionId)
                .set(PLAN_VERSION_MEASURE.MEASURE_ID, measureId)
                .set(PLAN_VERSION_MEASURE.SECTION_ID, sectionId)
                .set(PLAN_VERSION_MEASURE.ORDINAL, ordinal)
                .set(PLAN_VERSION_MEASURE.TITLE, title)
                .set(PLAN_VERSION_MEASURE.CONTENT, content)
                .execute();
    }

    List<Stored> ofVersion(long versionId) {
        return db.select(PLAN_VERSION_MEASURE.MEASURE_ID, PLAN_VERSION_MEASURE.SECTION_ID, PLAN_VERSION_MEASURE.CONTENT)
                .from(PLAN_VERSION_MEASURE).where(PLAN_VERSION_MEASURE.VERSION_ID.eq(versionId))
                .orderBy(PLAN_VERSION_MEASURE.ORDINAL)
                .fetch(r -> new Stored(r.value1(), r.value2(), r.value3()));
    }
}
