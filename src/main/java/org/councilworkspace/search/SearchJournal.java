package org.councilworkspace.search;

import static org.councilworkspace.db.Tables.SEARCH_CHANGE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keys every change asked the index to read again, kept in the database for a while, so that a node which was
 * not following (stopped, crashed, cut off) can read again at its next start what changed meanwhile. Written in the
 * change's own transaction: a change that rolls back leaves no key.
 */
@Repository
class SearchJournal {

    /** Longer than any key the features make; a longer one is not kept (the log says so). */
    static final int MAX_KEY = 400;

    private final DSLContext db;
    private final Clock clock;

    SearchJournal(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    void record(List<String> keys) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var insert = db.insertInto(SEARCH_CHANGE, SEARCH_CHANGE.CHANGE_KEY, SEARCH_CHANGE.CHANGED_AT);
        for (String key : keys) {
            insert = insert.values(key, now);
        }
        insert.execute();
    }

    /** Every key changed at or after the moment, once each. */
    @Transactional(readOnly = true)
    List<String> keysSince(OffsetDateTime from) {
        return db.selectDistinct(SEARCH_CHANGE.CHANGE_KEY).from(SEARCH_CHANGE)
                .where(SEARCH_CHANGE.CHANGED_AT.ge(from)).fetch(SEARCH_CHANGE.CHANGE_KEY);
    }

    @Transactional
    int pruneBefore(OffsetDateTime before) {
        return db.deleteFrom(SEARCH_CHANGE).where(SEARCH_CHANGE.CHANGED_AT.lt(before)).execute();
    }
}
