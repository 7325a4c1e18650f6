package org.councilworkspace.deliberation;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.db.tables.records.CommentThreadRecord;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.councilworkspace.security.CouncilRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with threads. Council threads are read by everyone who reads the council; notes marked
 * for the secretariat only by those who run the plan (secretariat, chair, vice-chair). A hidden note reads as
 * missing, so its existence does not leak.
 */
@Component
class ThreadAccess {

    /** Roles that read every thread, and roles that read council threads only. */
    static final Set<String> NOTE_READERS = roles(true);
    static final Set<String> ALL_READERS = roles(false);

    private final AccessGuard guard;
    private final CommentRepository repository;
    private final MemberRepository members;

    ThreadAccess(AccessGuard guard, CommentRepository repository, MemberRepository members) {
        this.guard = guard;
        this.repository = repository;
        this.members = members;
    }

    record SectionContext(SectionRef section, CouncilMember member) {

        boolean seesNotes() {
            return readsNotes(member);
        }
    }

    record ThreadContext(CommentThreadRecord thread, SectionRef section, CouncilMember member) {

        long me() {
            return member.actor().id();
        }
    }

    SectionContext section(long sectionId, CouncilAction action) {
        SectionRef section = repository.section(sectionId).orElseThrow(() -> new NotFoundException("Section"));
        return new SectionContext(section, guard.require(section.councilId(), action));
    }

    ThreadContext thread(long threadId, CouncilAction action, boolean lock) {
        CommentThreadRecord thread = (lock ? repository.lockThread(threadId) : repository.thread(threadId))
                .orElseThrow(() -> new NotFoundException("Thread"));
        SectionRef section = repository.section(thread.getSectionId()).orElseThrow();
        CouncilMember member = guard.require(section.councilId(), CouncilAction.READ);
        if (!mayRead(member, thread)) {
            throw new NotFoundException("Thread");
        }
        if (action != CouncilAction.READ && !member.may(action)) {
            throw new AccessDeniedException("Not allowed: " + action);
        }
        return new ThreadContext(thread, section, member);
    }

    /** The starter, the section's lead drafters, the secretariat, chair and vice-chair. */
    boolean mayResolve(CouncilMember member, long authorId, long sectionId) {
        return member.actor().id() == authorId || member.may(CouncilAction.MANAGE_PLAN)
                || (member.may(CouncilAction.COMMENT) && members.isLead(sectionId, member.actor().id()));
    }

    static boolean readsNotes(CouncilMember member) {
        return member.may(CouncilAction.MANAGE_PLAN);
    }

    static boolean mayRead(CouncilMember member, CommentThreadRecord thread) {
        return Visibility.valueOf(thread.getVisibility()).readableBy(member.role());
    }

    /** The roles that may read a thread of this visibility, for choosing who to notify or suggest. */
    static Set<String> readers(Visibility visibility) {
        return visibility == Visibility.SECRETARIAT ? NOTE_READERS : ALL_READERS;
    }

    private static Set<String> roles(boolean notesOnly) {
        return EnumSet.allOf(CouncilRole.class).stream()
                .filter(r -> r.may(CouncilAction.READ) && (!notesOnly || r.may(CouncilAction.MANAGE_PLAN)))
                .map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
