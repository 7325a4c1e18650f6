package org.councilworkspace.amendment;

import static org.councilworkspace.db.Tables.AMENDMENT;
import static org.councilworkspace.db.Tables.PLAN_SECTION;

import java.util.List;
import org.councilworkspace.base.OpenTaskQueries.Asked;
import org.councilworkspace.plan.LedSectionCounts;
import org.councilworkspace.plan.LedSectionCounts.LedSection;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Open amendments on the sections a person leads, counted per section across all their councils in one query. */
@Repository
class AmendmentTaskRepository {

    private final DSLContext db;

    AmendmentTaskRepository(DSLContext db) {
        this.db = db;
    }

    /** Amendments awaiting a decision on sections the person leads now, in councils where they are a member. */
    List<LedSection> toDecide(Asked asked) {
        return LedSectionCounts.of(db, asked, AMENDMENT, AMENDMENT.SECTION_ID.eq(PLAN_SECTION.ID)
                .and(AMENDMENT.STATE.eq(AmendmentState.OPEN.name()))
                // One's own proposal is not a task waiting for oneself.
                .and(AMENDMENT.PROPOSER_ID.ne(asked.personId())));
    }
}
