package org.councilworkspace.deliberation;

import static org.councilworkspace.db.Tables.COMMENT_THREAD;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.PLAN_SECTION;

import java.util.List;
import org.councilworkspace.base.OpenTaskQueries.Asked;
import org.councilworkspace.plan.LedSectionCounts;
import org.councilworkspace.plan.LedSectionCounts.LedSection;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Open threads on the sections a person leads, counted per section across all their councils in one query. */
@Repository
class ThreadTaskRepository {

    private static final List<String> NOTE_READERS = List.of("CHAIR", "VICE_CHAIR", "SECRETARIAT");

    private final DSLContext db;

    ThreadTaskRepository(DSLContext db) {
        this.db = db;
    }

    /** Sections the person leads now, in councils they are a current member of, whose text may still change. */
    List<LedSection> openThreadsOnLedSections(Asked asked) {
        return LedSectionCounts.of(db, asked, COMMENT_THREAD, COMMENT_THREAD.SECTION_ID.eq(PLAN_SECTION.ID)
                .and(COMMENT_THREAD.STATUS.eq(ThreadStatus.OPEN.name()))
                // Secretariat-only notes count only for those who may read them.
                .and(COMMENT_THREAD.VISIBILITY.eq(Visibility.COUNCIL.name()).or(MEMBERSHIP.ROLE.in(NOTE_READERS))));
    }
}
