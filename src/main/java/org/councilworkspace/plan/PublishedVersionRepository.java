package org.councilworkspace.plan;

import static org.councilworkspace.db.Tables.COUNCIL;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.PLAN_VERSION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Reads that see published plan versions only; every query here filters on {@code published_at}. */
@Repository
class PublishedVersionRepository {

    private final DSLContext db;

    PublishedVersionRepository(DSLContext db) {
        this.db = db;
    }

    boolean markPublished(long versionId, long actorId, OffsetDateTime now) {
        return db.update(PLAN_VERSION)
                .set(PLAN_VERSION.PUBLISHED_AT, now)
                .set(PLAN_VERSION.PUBLISHED_BY, actorId)
                .where(PLAN_VERSION.ID.eq(versionId).and(PLAN_VERSION.PUBLISHED_AT.isNull()))
                .execute() == 1;
    }

    Optional<OffsetDateTime> publishedAt(long versionId) {
        return db.select(PLAN_VERSION.PUBLISHED_AT).from(PLAN_VERSION)
                .where(PLAN_VERSION.ID.eq(versionId).and(PLAN_VERSION.PUBLISHED_AT.isNotNull()))
                .fetchOptional(PLAN_VERSION.PUBLISHED_AT);
    }

    /** The newest published versions of every council, newest first. */
    List<PublishedVersion> latest(Long councilId, Long planId, int limit) {
        var condition = PLAN_VERSION.PUBLISHED_AT.isNotNull();
        if (councilId != null) {
            condition = condition.and(MASTER_PLAN.COUNCIL_ID.eq(councilId));
        }
        if (planId != null) {
            condition = condition.and(MASTER_PLAN.ID.eq(planId));
        }
        return db.select(PLAN_VERSION.ID, PLAN_VERSION.PLAN_ID, MASTER_PLAN.TITLE, MASTER_PLAN.CYCLE_START,
                        MASTER_PLAN.CYCLE_END, MASTER_PLAN.COUNCIL_ID, COUNCIL.NAME, PLAN_VERSION.LABEL,
                        PLAN_VERSION.MAJOR_NO, PLAN_VERSION.MINOR_NO, PLAN_VERSION.PUBLISHED_AT)
                .from(PLAN_VERSION)
                .join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(PLAN_VERSION.PLAN_ID))
                .join(COUNCIL).on(COUNCIL.ID.eq(MASTER_PLAN.COUNCIL_ID))
                .where(condition)
                .orderBy(PLAN_VERSION.PUBLISHED_AT.desc(), PLAN_VERSION.ID.desc())
                .limit(limit)
                .fetch(r -> new PublishedVersion(r.value1(), r.value2(), r.value3(), r.value4() + "–" + r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9() + "." + r.value10(), r.value11()));
    }
}
