package org.councilworkspace.plan;

import static org.councilworkspace.db.Tables.PLAN_VERSION;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The published plan versions, a page at a time in id order, for the portal's part of a search rebuild. */
@Repository
class PublishedTextRepository {

    private final DSLContext db;

    PublishedTextRepository(DSLContext db) {
        this.db = db;
    }

    List<Long> page(long afterId, int limit) {
        return db.select(PLAN_VERSION.ID).from(PLAN_VERSION)
                .where(PLAN_VERSION.ID.gt(afterId).and(PLAN_VERSION.PUBLISHED_AT.isNotNull()))
                .orderBy(PLAN_VERSION.ID).limit(limit).fetch(PLAN_VERSION.ID);
    }
}
