package org.councilworkspace.deliberation;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.COMMENT_EDIT;
import static org.councilworkspace.db.Tables.COMMENT_MENTION;
import static org.councilworkspace.db.Tables.COMMENT_THREAD;
import static org.councilworkspace.db.Tables.MASTER_PLAN;
import static org.councilworkspace.db.Tables.MEMBERSHIP;
import static org.councilworkspace.db.Tables.PLAN_SECTION;
import static org.councilworkspace.db.Tables.SECTION_LEAD;
import static org.councilworkspace.db.Tables.SECTION_REVISION;
import static org.councilworkspace.db.Tables.THREAD_COMMENT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.councilworkspace.council.StakeholderGroup;
import org.councilworkspace.db.tables.AppUser;
import org.councilworkspace.db.tables.records.CommentThreadRecord;
import org.councilworkspace.db.tables.records.ThreadCommentRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class CommentRepository {

    /** One thread row to re-anchor after a revision. */
    record AnchorRow(long id, String quote, String prefix, String suffix, AnchorState state, Integer start,
                     Integer length) {
    }

    private static final AppUser RESOLVER = APP_USER.as("resolver");

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

    boolean isLead(long sectionId, long userId) {
        return db.fetchExists(SECTION_LEAD, SECTION_LEAD.SECTION_ID.eq(sectionId).and(SECTION_LEAD.USER_ID.eq(userId))
                .and(SECTION_LEAD.ENDED_AT.isNull()));
    }

    /** Current lead drafters (ended ones stay on record but no longer lead). */
    List<Long> leads(long sectionId) {
        return db.select(SECTION_LEAD.USER_ID).from(SECTION_LEAD)
                .where(SECTION_LEAD.SECTION_ID.eq(sectionId).and(SECTION_LEAD.ENDED_AT.isNull()))
                .fetch(SECTION_LEAD.USER_ID);
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

    /** Who wrote in a thread (its starter included). */
    Set<Long> participants(long threadId) {
        return db.selectDistinct(THREAD_COMMENT.AUTHOR_ID).from(THREAD_COMMENT)
                .where(THREAD_COMMENT.THREAD_ID.eq(threadId)).fetchSet(THREAD_COMMENT.AUTHOR_ID);
    }

    /** Current members of a council whose user name or display name starts with (or, by name, contains) the text. */
    List<MentionCandidate> members(long councilId, LocalDate today, String text, Set<String> roles, int limit) {
        String like = org.councilworkspace.base.SearchText.containsPattern(text);
        return db.selectDistinct(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME).from(MEMBERSHIP)
                .join(APP_USER).on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
                .where(current(councilId, today).and(MEMBERSHIP.ROLE.in(roles)).and(APP_USER.ACTIVE.isTrue())
                        .and(APP_USER.USERNAME.likeIgnoreCase(like, org.councilworkspace.base.SearchText.ESCAPE)
                                .or(APP_USER.DISPLAY_NAME.likeIgnoreCase(like, org.councilworkspace.base.SearchText.ESCAPE))))
                .orderBy(APP_USER.USERNAME).limit(limit)
                .fetch(r -> new MentionCandidate(r.value1(), r.value2(), r.value3()));
    }

    /** The current members among these user names, by name, limited to the given roles. */
    Map<String, Long> membersNamed(long councilId, LocalDate today, Collection<String> usernames, Set<String> roles) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return db.selectDistinct(APP_USER.USERNAME, APP_USER.ID).from(MEMBERSHIP)
                .join(APP_USER).on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
                .where(current(councilId, today).and(MEMBERSHIP.ROLE.in(roles)).and(APP_USER.ACTIVE.isTrue())
                        .and(APP_USER.USERNAME.in(usernames)))
                .fetchMap(APP_USER.USERNAME, APP_USER.ID);
    }

    Set<Long> currentMembers(long councilId, LocalDate today, Collection<Long> userIds, Set<String> roles) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return db.selectDistinct(MEMBERSHIP.USER_ID).from(MEMBERSHIP)
                .where(current(councilId, today).and(MEMBERSHIP.ROLE.in(roles)).and(MEMBERSHIP.USER_ID.in(userIds)))
                .fetchSet(MEMBERSHIP.USER_ID);
    }

    // ---- reading threads

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

    // ---- anchors

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

    private static Condition current(long councilId, LocalDate today) {
        return MEMBERSHIP.COUNCIL_ID.eq(councilId).and(MEMBERSHIP.ACTIVE_FROM.le(today))
                .and(MEMBERSHIP.ACTIVE_TO.isNull().or(MEMBERSHIP.ACTIVE_TO.gt(today)));
    }
}
