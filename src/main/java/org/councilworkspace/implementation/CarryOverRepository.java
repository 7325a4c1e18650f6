package org.councilworkspace.implementation;

import static org.councilworkspace.db.Tables.MEASURE_CARRY_OVER;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Which measure of an earlier cycle's plan each carried-over measure continues. */
@Repository
class CarryOverRepository {

    private final DSLContext db;

    CarryOverRepository(DSLContext db) {
        this.db = db;
    }

    void insert(long measureId, long originalId) {
        db.insertInto(MEASURE_CARRY_OVER).set(MEASURE_CARRY_OVER.MEASURE_ID, measureId)
                .set(MEASURE_CARRY_OVER.ORIGINAL_ID, originalId).execute();
    }

    Optional<Long> originalOf(long measureId) {
        return db.select(MEASURE_CARRY_OVER.ORIGINAL_ID).from(MEASURE_CARRY_OVER)
                .where(MEASURE_CARRY_OVER.MEASURE_ID.eq(measureId)).fetchOptional(MEASURE_CARRY_OVER.ORIGINAL_ID);
    }

    List<Long> carriedInto(long originalId) {
        return db.select(MEASURE_CARRY_OVER.MEASURE_ID).from(MEASURE_CARRY_OVER)
                .where(MEASURE_CARRY_OVER.ORIGINAL_ID.eq(originalId)).orderBy(MEASURE_CARRY_OVER.MEASURE_ID)
                .fetch(MEASURE_CARRY_OVER.MEASURE_ID);
    }
}
