package org.councilworkspace.deliberation;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.COMMENT_MENTION;
import static org.councilworkspace.db.Tables.COMMENT_THREAD;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.THREAD_COMMENT;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.db.tables.AppUser;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * A section's threads as a reader sees them: counted and paged in reading order under the chosen filters, with
 * their comments, the passages to highlight, and the open threads per section of a plan. Secretariat notes are
 * left out for readers who may not see them.
 */
@Repository
class ThreadListRepository {

    private static final AppUser RESOLVER = APP_USER.as("resolver");

    private final DSLContext db;

    ThreadListRepository(DSLContext db) {
        this.db = db;
    }

    int count(long sectionId, long me, boolean seesNotes, ThreadFilter filter) {
        return db.fetchCount(COMMENT_THREAD, listed(sectionId, me, seesNotes, filter));
    }

    /** One page of threads in reading order: passages in text order, then section-wide threads, then outdated ones. */
    List<Record> threadPage(long sectionId, long me, boolean seesNotes, ThreadFilter filter, int offset, int limit) {
        return selectThreads(listed(sectionId, me, seesNotes, filter), offset, limit);
    }

    Record threadRow(long threadId) {
        return selectThreads(COMMENT_THREAD.ID.eq(threadId), 0, 1).get(0);
    }

    private List<Record> selectThreads(Condition where, int offset, int limit) {
        Field<Integer> order = DSL.when(COMMENT_THREAD.ANCHOR_STATE.eq(DSL.inline(AnchorState.ANCHORED.name())),
                        DSL.inline(0))
                .when(COMMENT_THREAD.ANCHOR_STATE.eq(DSL.inline(AnchorState.SECTION.name())), DSL.inline(1))
                .otherwise(DSL.inline(2));
        return db.select(COMMENT_THREAD.asterisk(), APP_USER.DISPLAY_NAME, authorGroup().as("author_group"),
                        RESOLVER.DISPLAY_NAME.as("resolver_name"))
                .from(COMMENT_THREAD)
                .join(APP_USER).on(APP_USER.ID.eq(COMMENT_THREAD.AUTHOR_ID))
                .leftJoin(RESOLVER).on(RESOLVER.ID.eq(COMMENT_THREAD.RESOLVED_BY))
                .where(where)
                .orderBy(order, COMMENT_THREAD.ANCHOR_START, COMMENT_THREAD.CREATED_AT.desc(), COMMENT_THREAD.ID.desc())
                .offset(offset).limit(limit)
                .fetch();
    }

    /**
     * The first {@code perThread} comments of each of these threads and, if later, its latest one, in order. One
     * query for the whole page.
     */
    Map<Long, List<CommentItem>> firstAndLatestComments(Collection<Long> threadIds, int perThread) {
        Map<Long, List<CommentItem>> out = new LinkedHashMap<>();
        if (threadIds.isEmpty()) {
            return out;
        }
        Field<Integer> rank = DSL.rowNumber().over(DSL.partitionBy(THREAD_COMMENT.THREAD_ID)
                .orderBy(THREAD_COMMENT.ID)).as("rank_in_thread");
        Field<Integer> fromEnd = DSL.rowNumber().over(DSL.partitionBy(THREAD_COMMENT.THREAD_ID)
                .orderBy(THREAD_COMMENT.ID.desc())).as("rank_from_end");
        var ranked = db.select(THREAD_COMMENT.ID, THREAD_COMMENT.THREAD_ID, THREAD_COMMENT.AUTHOR_ID,
                        THREAD_COMMENT.BODY, THREAD_COMMENT.CREATED_AT, THREAD_COMMENT.EDITED_AT,
                        THREAD_COMMENT.EDIT_COUNT, THREAD_COMMENT.VERSION, rank, fromEnd)
                .from(THREAD_COMMENT).where(THREAD_COMMENT.THREAD_ID.in(threadIds)).asTable("ranked");
        db.select(ranked.fields()).select(APP_USER.DISPLAY_NAME).from(ranked)
                .join(APP_USER).on(APP_USER.ID.eq(ranked.field(THREAD_COMMENT.AUTHOR_ID)))
                .where(ranked.field(rank).le(perThread).or(ranked.field(fromEnd).eq(1)))
                .orderBy(ranked.field(THREAD_COMMENT.THREAD_ID), ranked.field(THREAD_COMMENT.ID))
                .forEach(r -> out.computeIfAbsent(r.get(ranked.field(THREAD_COMMENT.THREAD_ID)), k -> new java.util.ArrayList<>())
                        .add(new CommentItem(r.get(ranked.field(THREAD_COMMENT.ID)),
                                r.get(ranked.field(THREAD_COMMENT.THREAD_ID)),
                                r.get(ranked.field(THREAD_COMMENT.AUTHOR_ID)), r.get(APP_USER.DISPLAY_NAME),
                                r.get(ranked.field(THREAD_COMMENT.BODY)),
                                r.get(ranked.field(THREAD_COMMENT.CREATED_AT)),
                                r.get(ranked.field(THREAD_COMMENT.EDITED_AT)),
                                r.get(ranked.field(THREAD_COMMENT.EDIT_COUNT)),
                                r.get(ranked.field(THREAD_COMMENT.VERSION)))));
        return out;
    }

    List<CommentItem> allComments(long threadId) {
        return db.select(THREAD_COMMENT.ID, THREAD_COMMENT.THREAD_ID, THREAD_COMMENT.AUTHOR_ID, APP_USER.DISPLAY_NAME,
                        THREAD_COMMENT.BODY, THREAD_COMMENT.CREATED_AT, THREAD_COMMENT.EDITED_AT,
                        THREAD_COMMENT.EDIT_COUNT, THREAD_COMMENT.VERSION)
                .from(THREAD_COMMENT).join(APP_USER).on(APP_USER.ID.eq(THREAD_COMMENT.AUTHOR_ID))
                .where(THREAD_COMMENT.THREAD_ID.eq(threadId)).orderBy(THREAD_COMMENT.ID)
                .fetch(r -> new CommentItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    /** Open threads whose passage is in the current text, for highlighting. */
    List<PassageText.Highlight> highlights(long sectionId, boolean seesNotes) {
        return db.select(COMMENT_THREAD.ID, COMMENT_THREAD.ANCHOR_START, COMMENT_THREAD.ANCHOR_LENGTH)
                .from(COMMENT_THREAD)
                .where(COMMENT_THREAD.SECTION_ID.eq(sectionId).and(visible(seesNotes))
                        .and(COMMENT_THREAD.STATUS.eq(ThreadStatus.OPEN.name()))
                        .and(COMMENT_THREAD.ANCHOR_STATE.eq(AnchorState.ANCHORED.name())))
                .orderBy(COMMENT_THREAD.ANCHOR_START)
                .fetch(r -> new PassageText.Highlight(r.value1(), r.value2(), r.value3()));
    }

    /** Open threads per section of a plan, counting only what this reader may see. */
    Map<Long, Integer> openCounts(long planId, boolean seesNotes) {
        return db.select(COMMENT_THREAD.SECTION_ID, DSL.count()).from(COMMENT_THREAD)
                .where(COMMENT_THREAD.PLAN_ID.eq(planId).and(COMMENT_THREAD.STATUS.eq(ThreadStatus.OPEN.name()))
                        .and(visible(seesNotes)))
                .groupBy(COMMENT_THREAD.SECTION_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    private Condition listed(long sectionId, long me, boolean seesNotes, ThreadFilter filter) {
        Condition c = COMMENT_THREAD.SECTION_ID.eq(sectionId).and(visible(seesNotes));
        if (filter.status() != null) {
            c = c.and(COMMENT_THREAD.STATUS.eq(filter.status().name()));
        }
        if (filter.mine()) {
            c = c.and(COMMENT_THREAD.AUTHOR_ID.eq(me).or(DSL.exists(DSL.selectOne().from(THREAD_COMMENT)
                    .where(THREAD_COMMENT.THREAD_ID.eq(COMMENT_THREAD.ID).and(THREAD_COMMENT.AUTHOR_ID.eq(me))))));
        }
        if (filter.mentioningMe()) {
            c = c.and(DSL.exists(DSL.selectOne().from(COMMENT_MENTION)
                    .where(COMMENT_MENTION.THREAD_ID.eq(COMMENT_THREAD.ID).and(COMMENT_MENTION.USER_ID.eq(me)))));
        }
        if (filter.group() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(MEMBERSHIP)
                    .where(MEMBERSHIP.COUNCIL_ID.eq(COMMENT_THREAD.COUNCIL_ID)
                            .and(MEMBERSHIP.USER_ID.eq(COMMENT_THREAD.AUTHOR_ID))
                            .and(MEMBERSHIP.STAKEHOLDER_GROUP.eq(filter.group().name())))));
        }
        return c;
    }

    private static Condition visible(boolean seesNotes) {
        return seesNotes ? DSL.noCondition() : COMMENT_THREAD.VISIBILITY.eq(Visibility.COUNCIL.name());
    }

    /** The stakeholder group of the thread's author in that council (their latest membership). */
    private static Field<String> authorGroup() {
        return DSL.field(DSL.select(MEMBERSHIP.STAKEHOLDER_GROUP).from(MEMBERSHIP)
                .where(MEMBERSHIP.COUNCIL_ID.eq(COMMENT_THREAD.COUNCIL_ID)
                        .and(MEMBERSHIP.USER_ID.eq(COMMENT_THREAD.AUTHOR_ID)))
                .orderBy(MEMBERSHIP.ID.desc()).limit(DSL.inline(1)));
    }

    static StakeholderGroup group(String value) {
        return value == null ? null : StakeholderGroup.valueOf(value);
    }
}
