package org.councilworkspace.deliberation;

import static org.councilworkspace.db.Tables.COMMENT_THREAD;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Where each thread's passage stands in its section's text, read and moved when the section is revised. */
@Repository
class AnchorRepository {

    /** One thread row to re-anchor after a revision. */
    record AnchorRow(long id, String quote, String prefix, String suffix, AnchorState state, Integer start,
                     Integer length) {
    }

    private final DSLContext db;

    AnchorRepository(DSLContext db) {
        this.db = db;
    }

    List<AnchorRow> anchored(long sectionId) {
        return db.select(COMMENT_THREAD.ID, COMMENT_THREAD.QUOTE, COMMENT_THREAD.QUOTE_PREFIX,
                        COMMENT_THREAD.QUOTE_SUFFIX, COMMENT_THREAD.ANCHOR_STATE, COMMENT_THREAD.ANCHOR_START,
                        COMMENT_THREAD.ANCHOR_LENGTH)
                .from(COMMENT_THREAD)
                .where(COMMENT_THREAD.SECTION_ID.eq(sectionId)
                        .and(COMMENT_THREAD.ANCHOR_STATE.ne(AnchorState.SECTION.name())))
                .fetch(r -> new AnchorRow(r.value1(), r.value2(), r.value3(), r.value4(),
                        AnchorState.valueOf(r.value5()), r.value6(), r.value7()));
    }

    /** Many anchors at once, in one batch: a save can move thousands. */
    void setAnchors(List<AnchorRow> rows, long revisionId) {
        if (rows.isEmpty()) {
            return;
        }
        db.batch(rows.stream().map(r -> db.update(COMMENT_THREAD).set(COMMENT_THREAD.ANCHOR_STATE, r.state().name())
                .set(COMMENT_THREAD.ANCHOR_START, r.start())
                .set(COMMENT_THREAD.ANCHOR_LENGTH, r.length())
                .set(COMMENT_THREAD.ANCHOR_REVISION_ID, revisionId)
                .where(COMMENT_THREAD.ID.eq(r.id()))).toList()).execute();
    }
}
