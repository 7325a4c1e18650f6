package org.councilworkspace.deliberation;

import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.COMMENT_THREAD;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.jooq.Record;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading threads: a section's threads page by page, their highlights, counts per section, mention suggestions. */
@Service
@Transactional(readOnly = true)
public class ThreadQueries {

    /** How many first comments of each thread come with a page (and the latest one); the rest load when opened. */
    public static final int COMMENTS_SHOWN = 1;
    private static final int MAX_PAGE = 200;

    private final CommentRepository repository;
    private final ThreadListRepository threadList;
    private final MemberRepository members;
    private final ThreadAccess access;
    private final AccessGuard guard;
    private final Clock clock;

    ThreadQueries(CommentRepository repository, ThreadListRepository threadList, MemberRepository members,
                  ThreadAccess access, AccessGuard guard, Clock clock) {
        this.repository = repository;
        this.threadList = threadList;
        this.members = members;
        this.access = access;
        this.guard = guard;
        this.clock = clock;
    }

    public int count(long sectionId, ThreadFilter filter) {
        ThreadAccess.SectionContext context = access.section(sectionId, CouncilAction.READ);
        return threadList.count(sectionId, context.member().actor().id(), context.seesNotes(), filter);
    }

    /** A page of the section's threads with their first and latest comments: two queries, whatever the page size. */
    public List<ThreadSummary> threads(long sectionId, ThreadFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 0 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        ThreadAccess.SectionContext context = access.section(sectionId, CouncilAction.READ);
        CouncilMember member = context.member();
        List<Record> rows = threadList.threadPage(sectionId, member.actor().id(), context.seesNotes(), filter, offset,
                limit);
        Map<Long, List<CommentItem>> comments = threadList.firstAndLatestComments(
                rows.stream().map(r -> r.get(COMMENT_THREAD.ID)).toList(), COMMENTS_SHOWN);
        boolean leads = member.may(CouncilAction.COMMENT) && members.isLead(sectionId, member.actor().id());
        boolean runsPlan = member.may(CouncilAction.MANAGE_PLAN);
        return rows.stream().map(r -> summary(r, comments.getOrDefault(r.get(COMMENT_THREAD.ID), List.of()),
                r.get(COMMENT_THREAD.AUTHOR_ID) == member.actor().id() || leads || runsPlan)).toList();
    }

    /** One thread with every comment. */
    public ThreadSummary thread(long threadId) {
        ThreadAccess.ThreadContext context = access.thread(threadId, CouncilAction.READ, false);
        Record row = threadList.threadRow(threadId);
        return summary(row, threadList.allComments(threadId),
                access.mayResolve(context.member(), context.thread().getAuthorId(), context.section().sectionId()));
    }

    public List<EarlierWording> earlierWordings(long commentId) {
        var comment = repository.comment(commentId).orElseThrow(() -> new NotFoundException("Comment"));
        access.thread(comment.getThreadId(), CouncilAction.READ, false);
        return repository.earlierWordings(commentId);
    }

    /**
     * The passages of the open threads this reader sees, to mark in the text of the given revision. Anchors are kept
     * for the current revision only, so for an older one (a page not yet reloaded) there is nothing to mark.
     */
    public List<PassageText.Highlight> highlights(long sectionId, Long shownRevisionId) {
        ThreadAccess.SectionContext context = access.section(sectionId, CouncilAction.READ);
        if (shownRevisionId == null || !shownRevisionId.equals(context.section().currentRevisionId())) {
            return List.of();
        }
        return threadList.highlights(sectionId, context.seesNotes());
    }

    public ThreadAbilities abilities(long sectionId) {
        ThreadAccess.SectionContext context = access.section(sectionId, CouncilAction.READ);
        return new ThreadAbilities(context.member().may(CouncilAction.COMMENT),
                context.member().may(CouncilAction.COMMENT) && context.seesNotes());
    }

    /** Open threads per section of a plan, for the outline; only threads this reader may see are counted. */
    public Map<Long, Integer> openCounts(long planId) {
        long councilId = repository.councilOfPlan(planId).orElseThrow(() -> new NotFoundException("Plan"));
        CouncilMember member = guard.require(councilId, CouncilAction.READ);
        return threadList.openCounts(planId, ThreadAccess.readsNotes(member));
    }

    /** Members to suggest while typing "@…", limited to those who could read a thread of that visibility. */
    public List<MentionCandidate> mentionCandidates(long sectionId, Visibility visibility, String typed) {
        ThreadAccess.SectionContext context = access.section(sectionId, CouncilAction.COMMENT);
        String text = typed == null ? "" : typed.strip();
        if (text.length() > 64) {
            return List.of();
        }
        return members.members(context.section().councilId(), LocalDate.now(clock), text,
                ThreadAccess.readers(visibility == null ? Visibility.COUNCIL : visibility), 8);
    }

    private static ThreadSummary summary(Record r, List<CommentItem> comments, boolean mayResolve) {
        var t = r.into(COMMENT_THREAD);
        AnchorState state = AnchorState.valueOf(t.getAnchorState());
        return new ThreadSummary(t.getId(), t.getSectionId(), Visibility.valueOf(t.getVisibility()),
                ThreadStatus.valueOf(t.getStatus()), state, t.getQuote(), t.getAuthorId(),
                r.get(APP_USER.DISPLAY_NAME), ThreadListRepository.group(r.get("author_group", String.class)),
                t.getCreatedAt(), t.getLastActivityAt(), r.get("resolver_name", String.class), t.getCommentCount(),
                comments, mayResolve);
    }
}
