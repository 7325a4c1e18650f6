package org.councilworkspace.deliberation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.db.tables.records.ThreadCommentRecord;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing in threads: start one (on a passage or the whole section), reply, edit my own comment (the earlier
 * wording is kept), resolve and reopen. Every rule is checked here; the page only hides what would be refused.
 */
@Service
@Transactional
public class CommentService {

    public static final int MAX_COMMENT = 10_000;
    public static final int MAX_QUOTE = 1_000;

    private final CommentRepository repository;
    private final MemberRepository members;
    private final ThreadAccess access;
    private final Passages passages;
    private final CommentNotices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(CommentRepository repository, MemberRepository members, ThreadAccess access, Passages passages,
                   CommentNotices notices, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.members = members;
        this.access = access;
        this.passages = passages;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a thread. A passage must be found, exactly as selected, in the revision the reader saw; if the section
     * has moved on since, the anchor follows it into the current text at once.
     *
     * @return the new thread's id
     */
    public long startThread(long sectionId, NewThread request) {
        ThreadAccess.SectionContext context = access.section(sectionId, CouncilAction.COMMENT);
        Visibility visibility = request.visibility() == null ? Visibility.COUNCIL : request.visibility();
        if (visibility == Visibility.SECRETARIAT && !context.seesNotes()) {
            throw new AccessDeniedException("Only the secretariat, chair and vice-chair write secretariat notes");
        }
        String body = TextRules.requiredText("body", request.body(), MAX_COMMENT);
        SectionRef section = context.section();
        OffsetDateTime now = now();
        long threadId;
        if (request.quote() == null) {
            threadId = repository.insertThread(section, me(context.member()), visibility, null, null, null, null,
                    AnchorState.SECTION, null, null, null, now);
        } else {
            threadId = startOnPassage(section, context.member(), visibility, request, now);
        }
        long commentId = repository.insertComment(threadId, me(context.member()), body, now);
        Set<Long> mentioned = mention(section, visibility, commentId, threadId, body);
        notices.commented(section, threadId, visibility, me(context.member()), context.member().actor().displayName(),
                mentioned, false);
        publish(context.member(), section, threadId, "THREAD_STARTED", visibility + " thread, comment " + commentId);
        return threadId;
    }

    private long startOnPassage(SectionRef section, CouncilMember member, Visibility visibility, NewThread request,
                                OffsetDateTime now) {
        if (request.revisionId() == null) {
            throw new InvalidInputException("quote", "deliberation.passage-not-found");
        }
        String quote = PassageText.collapse(request.quote());
        if (quote.isEmpty()) {
            throw new InvalidInputException("quote", "deliberation.passage-empty");
        }
        if (quote.codePointCount(0, quote.length()) > MAX_QUOTE) {
            throw new InvalidInputException("quote", "deliberation.passage-too-long", MAX_QUOTE);
        }
        String seen = passages.plainText(section.sectionId(), request.revisionId());
        String before = tail(request.textBefore(), startsWithSpace(request.quote()));
        String after = head(request.textAfter(), endsWithSpace(request.quote()));
        Optional<AnchorFinder.Match> found = AnchorFinder.find(seen, quote, before, after, hint(request.textBefore()))
                .filter(m -> seen.substring(m.start(), m.start() + m.length()).equals(quote));
        if (found.isEmpty()) {
            throw new InvalidInputException("quote", "deliberation.passage-not-found");
        }
        AnchorFinder.Match match = found.get();
        String prefix = AnchorFinder.prefixOf(seen, match);
        String suffix = AnchorFinder.suffixOf(seen, match);
        AnchorState state = AnchorState.ANCHORED;
        Integer start = match.start();
        Integer length = match.length();
        long anchorRevision = request.revisionId();
        if (!Objects.equals(request.revisionId(), section.currentRevisionId())) {
            // Someone saved while the reader was choosing: follow the passage into the current text now.
            String current = passages.plainText(section.sectionId(), section.currentRevisionId());
            Optional<AnchorFinder.Match> moved = AnchorFinder.find(current, quote, prefix, suffix, match.start());
            state = moved.isPresent() ? AnchorState.ANCHORED : AnchorState.OUTDATED;
            start = moved.map(AnchorFinder.Match::start).orElse(null);
            length = moved.map(AnchorFinder.Match::length).orElse(null);
            anchorRevision = section.currentRevisionId();
        }
        return repository.insertThread(section, me(member), visibility, quote, prefix, suffix, request.revisionId(),
                state, start, length, anchorRevision, now);
    }

    /** Replies in a thread; resolved threads take replies too (someone may disagree that it is settled). */
    public long reply(long threadId, String text) {
        ThreadAccess.ThreadContext context = access.thread(threadId, CouncilAction.COMMENT, true);
        String body = TextRules.requiredText("body", text, MAX_COMMENT);
        long commentId = repository.insertComment(threadId, context.me(), body, now());
        Visibility visibility = Visibility.valueOf(context.thread().getVisibility());
        Set<Long> mentioned = mention(context.section(), visibility, commentId, threadId, body);
        notices.commented(context.section(), threadId, visibility, context.me(),
                context.member().actor().displayName(), mentioned, true);
        publish(context.member(), context.section(), threadId, "COMMENT_ADDED", "comment " + commentId);
        return commentId;
    }

    /**
     * Changes my own comment. The wording it replaces is kept and can be read by everyone who reads the thread.
     *
     * @param version the version of the comment the writer started from
     * @throws ConcurrentChangeException when the comment changed since (edited in another tab)
     */
    public void edit(long commentId, String text, int version) {
        ThreadCommentRecord comment = repository.comment(commentId).orElseThrow(() -> new NotFoundException("Comment"));
        ThreadAccess.ThreadContext context = access.thread(comment.getThreadId(), CouncilAction.COMMENT, true);
        if (comment.getAuthorId() != context.me()) {
            throw new AccessDeniedException("Only the writer may edit a comment");
        }
        String body = TextRules.requiredText("body", text, MAX_COMMENT);
        if (body.equals(comment.getBody())) {
            return;
        }
        if (!repository.edit(comment, body, version, now())) {
            throw new ConcurrentChangeException("Comment");
        }
        Visibility visibility = Visibility.valueOf(context.thread().getVisibility());
        Set<Long> before = Mentions.usernames(comment.getBody()).isEmpty() ? Set.of()
                : new HashSet<>(members.membersNamed(context.section().councilId(), today(),
                        Mentions.usernames(comment.getBody()), ThreadAccess.readers(visibility)).values());
        Set<Long> now = resolveMentions(context.section(), visibility, body);
        now.removeAll(before);
        // Only people newly mentioned by the edit are told; the others already were.
        if (!now.isEmpty()) {
            repository.insertMentions(commentId, comment.getThreadId(), now);
            notices.commented(context.section(), comment.getThreadId(), visibility, context.me(),
                    context.member().actor().displayName(), now, false);
        }
        publish(context.member(), context.section(), comment.getThreadId(), "COMMENT_EDITED", "comment " + commentId);
    }

    public void resolve(long threadId) {
        setStatus(threadId, ThreadStatus.RESOLVED);
    }

    public void reopen(long threadId) {
        setStatus(threadId, ThreadStatus.OPEN);
    }

    private void setStatus(long threadId, ThreadStatus status) {
        ThreadAccess.ThreadContext context = access.thread(threadId, CouncilAction.READ, true);
        if (!access.mayResolve(context.member(), context.thread().getAuthorId(), context.section().sectionId())) {
            throw new AccessDeniedException("Only the starter, lead drafters, secretariat or chair resolve threads");
        }
        if (ThreadStatus.valueOf(context.thread().getStatus()) == status) {
            return;
        }
        repository.setStatus(threadId, status, context.me(), now());
        publish(context.member(), context.section(), threadId,
                status == ThreadStatus.RESOLVED ? "THREAD_RESOLVED" : "THREAD_REOPENED", "");
    }

    private Set<Long> mention(SectionRef section, Visibility visibility, long commentId, long threadId, String body) {
        Set<Long> mentioned = resolveMentions(section, visibility, body);
        repository.insertMentions(commentId, threadId, mentioned);
        return mentioned;
    }

    /** Mentioned people who are current members able to read the thread; other @words stay plain text. */
    private Set<Long> resolveMentions(SectionRef section, Visibility visibility, String body) {
        Set<String> names = Mentions.usernames(body);
        if (names.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(members.membersNamed(section.councilId(), today(), names,
                ThreadAccess.readers(visibility)).values());
    }

    private void publish(CouncilMember member, SectionRef section, long threadId, String action, String summary) {
        events.publishEvent(new DeliberationChanged(member.actor().id(), member.actor().username(), section.councilId(),
                section.planId(), section.sectionId(), threadId, action, summary));
    }

    private static long me(CouncilMember member) {
        return member.actor().id();
    }

    /** The last stretch of the text before a selection, in collapsed form, keeping a space that touched it. */
    private static String tail(String raw, boolean quoteStartsWithSpace) {
        String collapsed = PassageText.collapse(raw);
        boolean space = quoteStartsWithSpace || (raw != null && !raw.isEmpty()
                && PassageText.isSpace(raw.charAt(raw.length() - 1)));
        String s = collapsed.isEmpty() ? "" : collapsed + (space ? " " : "");
        return s.substring(Math.max(0, s.length() - AnchorFinder.CONTEXT));
    }

    private static String head(String raw, boolean quoteEndsWithSpace) {
        String collapsed = PassageText.collapse(raw);
        boolean space = quoteEndsWithSpace || (raw != null && !raw.isEmpty() && PassageText.isSpace(raw.charAt(0)));
        String s = collapsed.isEmpty() ? "" : (space ? " " : "") + collapsed;
        return s.substring(0, Math.min(s.length(), AnchorFinder.CONTEXT));
    }

    private static int hint(String before) {
        String c = PassageText.collapse(before);
        return c.isEmpty() ? 0 : c.length() + 1;
    }

    private static boolean startsWithSpace(String s) {
        return !s.isEmpty() && PassageText.isSpace(s.charAt(0));
    }

    private static boolean endsWithSpace(String s) {
        return !s.isEmpty() && PassageText.isSpace(s.charAt(s.length() - 1));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
