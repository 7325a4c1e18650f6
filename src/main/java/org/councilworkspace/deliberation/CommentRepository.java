package org.councilworkspace.deliberation;

import static org.councilworkspace.db.Tables.COMMENT_EDIT;
import static org.councilworkspace.db.Tables.COMMENT_MENTION;
import static org.councilworkspace.db.Tables.COMMENT_THREAD;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.PLAN_SECTION;
import static org.councilworkspace.db.Tables.SECTION_REVISION;
import static org.councilworkspace.db.Tables.THREAD_COMMENT;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.db.tables.records.CommentThreadRecord;
import org.councilworkspace.db.tables.records.ThreadCommentRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Threads and comments one at a time: the section or plan they belong to and a revision's text, a thread or comment
 * by id, writing threads, comments and mentions, edits with the earlier wording kept, resolving and reopening.
 * Listing threads is {@link ThreadListRepository}'s job, who is who {@link MemberRepository}'s, and the passages'
 * anchors {@link AnchorRepository}'s.
 */
@Repository
class CommentRepository {

    private final DSLContext db;

    CommentRepository(DSLContext db) {
        this.db = db;
    }

    Optional<SectionRef> section(long sectionId) {
        return db.select(PLAN_SECTION.ID, PLAN_SECTION.PLAN_ID, MASTER_PLAN.COUNCIL_ID, PLAN_SECTION.CURRENT_REVISION_ID,
                        PLAN_SECTION.TITLE)
                .from(PLAN_SECTION).join(MASTER_PLAN).on(MASTER_PLAN.ID.eq(PLAN_SECTION.PLAN_ID))
                .where(PLAN_SECTION.ID.eq(sectionId))
                .fetchOptional(r -> new SectionRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    Optional<Long> councilOfPlan(long planId) {
        return db.select(MASTER_PLAN.COUNCIL_ID).from(MASTER_PLAN).where(MASTER_PLAN.ID.eq(planId))
                .fetchOptional(MASTER_PLAN.COUNCIL_ID);
    }

    Optional<String> revisionBody(long sectionId, long revisionId) {
        return db.select(SECTION_REVISION.BODY).from(SECTION_REVISION)
                .where(SECTION_REVISION.ID.eq(revisionId).and(SECTION_REVISION.SECTION_ID.eq(sectionId)))
                .fetchOptional(SECTION_REVISION.BODY);
    }

    long insertThread(SectionRef section, long authorId, Visibility visibility, String quote, String prefix,
                      String suffix, Long quoteRevisionId, AnchorState state, Integer start, Integer length,
                      Long anchorRevisionId, OffsetDateTime now) {
        return db.insertInto(COMMENT_THREAD)
                .set(COMMENT_THREAD.COUNCIL_ID, section.councilId())
                .set(COMMENT_THREAD.PLAN_ID, section.planId())
                .set(COMMENT_THREAD.SECTION_ID, section.sectionId())
                .set(COMMENT_THREAD.AUTHOR_ID, authorId)
                .set(COMMENT_THREAD.VISIBILITY, visibility.name())
                .set(COMMENT_THREAD.STATUS, ThreadStatus.OPEN.name())
                .set(COMMENT_THREAD.QUOTE, quote)
                .set(COMMENT_THREAD.QUOTE_PREFIX, prefix)
                .set(COMMENT_THREAD.QUOTE_SUFFIX, suffix)
                .set(COMMENT_THREAD.QUOTE_REVISION_ID, quoteRevisionId)
                .set(COMMENT_THREAD.ANCHOR_STATE, state.name())
                .set(COMMENT_THREAD.ANCHOR_START, start)
                .set(COMMENT_THREAD.ANCHOR_LENGTH, length)
                .set(COMMENT_THREAD.ANCHOR_REVISION_ID, anchorRevisionId)
                .set(COMMENT_THREAD.CREATED_AT, now)
                .set(COMMENT_THREAD.LAST_ACTIVITY_AT, now)
                .returningResult(COMMENT_THREAD.ID)
                .fetchOne(COMMENT_THREAD.ID);
    }

    long insertComment(long threadId, long authorId, String body, OffsetDateTime now) {
        long id = db.insertInto(THREAD_COMMENT)
                .set(THREAD_COMMENT.THREAD_ID, threadId)
                .set(THREAD_COMMENT.AUTHOR_ID, authorId)
                .set(THREAD_COMMENT.BODY, body)
                .set(THREAD_COMMENT.CREATED_AT, now)
                .returningResult(THREAD_COMMENT.ID)
                .fetchOne(THREAD_COMMENT.ID);
        db.update(COMMENT_THREAD).set(COMMENT_THREAD.COMMENT_COUNT, COMMENT_THREAD.COMMENT_COUNT.plus(1))
                .set(COMMENT_THREAD.LAST_ACTIVITY_AT, now)
                .where(COMMENT_THREAD.ID.eq(threadId)).execute();
        return id;
    }

    void insertMentions(long commentId, long threadId, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        var insert = db.insertInto(COMMENT_MENTION, COMMENT_MENTION.COMMENT_ID, COMMENT_MENTION.USER_ID,
                COMMENT_MENTION.THREAD_ID);
        for (long userId : userIds) {
            insert = insert.values(commentId, userId, threadId);
        }
        insert.execute();
    }

    Optional<CommentThreadRecord> thread(long threadId) {
        return db.selectFrom(COMMENT_THREAD).where(COMMENT_THREAD.ID.eq(threadId)).fetchOptional();
    }

    Optional<CommentThreadRecord> lockThread(long threadId) {
        return db.selectFrom(COMMENT_THREAD).where(COMMENT_THREAD.ID.eq(threadId)).forUpdate().fetchOptional();
    }

    Optional<ThreadCommentRecord> comment(long commentId) {
        return db.selectFrom(THREAD_COMMENT).where(THREAD_COMMENT.ID.eq(commentId)).fetchOptional();
    }

    /** Replaces a comment's text if nobody changed it since {@code version}; keeps the old text. False if stale. */
    boolean edit(ThreadCommentRecord comment, String body, int version, OffsetDateTime now) {
        int updated = db.update(THREAD_COMMENT).set(THREAD_COMMENT.BODY, body)
                .set(THREAD_COMMENT.EDITED_AT, now)
                .set(THREAD_COMMENT.EDIT_COUNT, THREAD_COMMENT.EDIT_COUNT.plus(1))
                .set(THREAD_COMMENT.VERSION, THREAD_COMMENT.VERSION.plus(1))
                .where(THREAD_COMMENT.ID.eq(comment.getId()).and(THREAD_COMMENT.VERSION.eq(version)))
                .execute();
        if (updated == 0) {
            return false;
        }
        OffsetDateTime written = comment.getEditedAt() != null ? comment.getEditedAt() : comment.getCreatedAt();
        db.insertInto(COMMENT_EDIT)
                .set(COMMENT_EDIT.COMMENT_ID, comment.getId())
                .set(COMMENT_EDIT.BODY, comment.getBody())
                .set(COMMENT_EDIT.WRITTEN_AT, written)
                .set(COMMENT_EDIT.REPLACED_AT, now)
                .execute();
        db.update(COMMENT_THREAD).set(COMMENT_THREAD.LAST_ACTIVITY_AT, now)
                .where(COMMENT_THREAD.ID.eq(comment.getThreadId())).execute();
        return true;
    }

    List<EarlierWording> earlierWordings(long commentId) {
        return db.select(COMMENT_EDIT.BODY, COMMENT_EDIT.WRITTEN_AT, COMMENT_EDIT.REPLACED_AT).from(COMMENT_EDIT)
                .where(COMMENT_EDIT.COMMENT_ID.eq(commentId)).orderBy(COMMENT_EDIT.ID)
                .fetch(r -> new EarlierWording(r.value1(), r.value2(), r.value3()));
    }

    void setStatus(long threadId, ThreadStatus status, Long byUserId, OffsetDateTime now) {
        db.update(COMMENT_THREAD).set(COMMENT_THREAD.STATUS, status.name())
                .set(COMMENT_THREAD.RESOLVED_BY, status == ThreadStatus.RESOLVED ? byUserId : null)
                .set(COMMENT_THREAD.RESOLVED_AT, status == ThreadStatus.RESOLVED ? now : null)
                .set(COMMENT_THREAD.LAST_ACTIVITY_AT, now)
                .set(COMMENT_THREAD.VERSION, COMMENT_THREAD.VERSION.plus(1))
                .where(COMMENT_THREAD.ID.eq(threadId)).execute();
    }
}
