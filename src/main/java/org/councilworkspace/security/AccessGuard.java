package org.councilworkspace.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.councilworkspace.base.NotAMemberException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The single permission check every feature's service calls before it reads or changes anything.
 * It re-reads the account and membership from the database on every call, so a deactivated user or
 * an ended membership loses access at once, even with a session still open.
 */
@Service
public class AccessGuard {

    private final CurrentUser currentUser;
    private final AccessLookup lookup;
    private final Clock clock;

    AccessGuard(CurrentUser currentUser, AccessLookup lookup, Clock clock) {
        this.currentUser = currentUser;
        this.lookup = lookup;
        this.clock = clock;
    }

    /** The signed-in, active person. */
    public Actor requireActor() {
        long id = currentUser.requireId();
        return lookup.activeUser(id)
                .map(u -> new Actor(u.getId(), u.getUsername(), u.getDisplayName(), u.getPlatformAdmin()))
                .orElseThrow(() -> new AccessDeniedException("Account is not active"));
    }

    /** Who is signed in on this thread, if anyone (scheduled jobs run with no one). */
    public Optional<Long> signedInId() {
        return currentUser.get().map(SignedInUser::id);
    }

    /** The signed-in person, only if they are a platform administrator. */
    public Actor requireAdmin() {
        Actor actor = requireActor();
        if (!actor.platformAdmin()) {
            throw new AccessDeniedException("Platform administrators only");
        }
        return actor;
    }

    /** The signed-in person's current membership of the council, only if their role allows the action. */
    public CouncilMember require(long councilId, CouncilAction action) {
        // An outsider is told nothing about what the council holds: the same answer as for a missing id.
        CouncilMember member = membership(councilId).orElseThrow(() -> new NotAMemberException(councilId));
        if (!member.may(action)) {
            throw new AccessDeniedException(member.role() + " may not " + action);
        }
        return member;
    }

    /** The signed-in person's current membership of the council, if any; for views that adapt to the role. */
    public Optional<CouncilMember> membership(long councilId) {
        Actor actor = requireActor();
        LocalDate today = LocalDate.now(clock);
        return lookup.currentMembership(actor.id(), councilId, today)
                .map(r -> new CouncilMember(actor, councilId, r.value1(), CouncilRole.valueOf(r.value2())));
    }

    public boolean may(long councilId, CouncilAction action) {
        return membership(councilId).map(m -> m.may(action)).orElse(false);
    }
}
