package org.councilworkspace.deliberation;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.COMMENT_THREAD;
import static org.councilworkspace.db.Tables.PLAN_SECTION;
import static org.councilworkspace.db.Tables.THREAD_COMMENT;

import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.base.MemberGroups;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Comments with their thread, section and writer: a thread's, a section's, or every comment a page at a time. */
@Repository
class ThreadTextRepository {

    record Row(long commentId, long threadId, long sectionId, long planId, long councilId, String visibility,
               String sectionTitle, String authorName, String authorGroup, String body,
               OffsetDateTime writtenAt) {
    }

    private static final Field<String> GROUP = MemberGroups.groupOf(COMMENT_THREAD.COUNCIL_ID, THREAD_COMMENT.AUTHOR_ID);

    private final DSLContext db;

    ThreadTextRepository(DSLContext db) {
        this.db = db;
    }

    List<Row> page(long afterCommentId, int limit) {
        return select(THREAD_COMMENT.ID.gt(afterCommentId), limit);
    }

    List<Row> ofThread(long threadId) {
        return select(THREAD_COMMENT.THREAD_ID.eq(threadId), Integer.MAX_VALUE);
    }

    List<Long> threadsOfSection(long sectionId) {
        return db.select(COMMENT_THREAD.ID).from(COMMENT_THREAD).where(COMMENT_THREAD.SECTION_ID.eq(sectionId))
                .orderBy(COMMENT_THREAD.ID).fetch(COMMENT_THREAD.ID);
    }

    private List<Row> select(Condition condition, int limit) {
        return db.select(THREAD_COMMENT.ID, THREAD_COMMENT.THREAD_ID, THREAD_COMMENT.BODY, THREAD_COMMENT.CREATED_AT,
                        THREAD_COMMENT.EDITED_AT, COMMENT_THREAD.SECTION_ID, COMMENT_THREAD.PLAN_ID,
                        COMMENT_THREAD.COUNCIL_ID, COMMENT_THREAD.VISIBILITY, PLAN_SECTION.TITLE,
                        APP_USER.DISPLAY_NAME, GROUP)
                .from(THREAD_COMMENT)
                .join(COMMENT_THREAD).on(COMMENT_THREAD.ID.eq(THREAD_COMMENT.THREAD_ID))
                .join(PLAN_SECTION).on(PLAN_SECTION.ID.eq(COMMENT_THREAD.SECTION_ID))
                .join(APP_USER).on(APP_USER.ID.eq(THREAD_COMMENT.AUTHOR_ID))
                .where(condition)
                .orderBy(THREAD_COMMENT.ID)
                .limit(limit)
                .fetch(ThreadTextRepository::row);
    }

    private static Row row(Record r) {
        OffsetDateTime edited = r.get(THREAD_COMMENT.EDITED_AT);
        return new Row(r.get(THREAD_COMMENT.ID), r.get(THREAD_COMMENT.THREAD_ID), r.get(COMMENT_THREAD.SECTION_ID),
                r.get(COMMENT_THREAD.PLAN_ID), r.get(COMMENT_THREAD.COUNCIL_ID), r.get(COMMENT_THREAD.VISIBILITY),
                r.get(PLAN_SECTION.TITLE), r.get(APP_USER.DISPLAY_NAME), r.get(GROUP), r.get(THREAD_COMMENT.BODY),
                edited == null ? r.get(THREAD_COMMENT.CREATED_AT) : edited);
    }
}
