package org.councilworkspace.council;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.councilworkspace.security.CouncilRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Councils and their members. The platform administrator creates councils (naming the first chair or
 * secretariat, who then runs the membership); reading a council needs a current membership. Roles are given under
 * the {@link RoleCeiling}: nobody above their own, the chair's roles only by the chair or the administrator, never
 * to oneself, and a council that has a chair keeps one.
 */
@Service
@Transactional
public class CouncilService {

    private final CouncilRepository councils;
    private final MembershipRepository memberships;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CouncilService(CouncilRepository councils, MembershipRepository memberships, AccessGuard guard,
                   ApplicationEventPublisher events, Clock clock) {
        this.councils = councils;
        this.memberships = memberships;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a council and its first manager (chair or secretariat). Administrators only. */
    public long createCouncil(CouncilSettings input, NewMembership firstManager) {
        Actor admin = guard.requireAdmin();
        CouncilSettings settings = CouncilSettingsCheck.valid(input, null, councils);
        if (firstManager == null || firstManager.role() == null) {
            throw new InvalidInputException("firstManager", "validation.required");
        }
        if (firstManager.role() != CouncilRole.CHAIR && firstManager.role() != CouncilRole.SECRETARIAT) {
            throw new InvalidInputException("firstManagerRole", "council.first-manager-role");
        }
        long id = councils.insert(settings, now());
        events.publishEvent(new CouncilChanged(admin.id(), admin.username(), null, "COUNCIL_CREATED", id,
                settings.name() + " (" + settings.kind() + ")"));
        addMembership(admin, id, firstManager);
        return id;
    }

    /** Changes a council's settings: the administrator, or the council's chair or secretariat. */
    public void updateCouncil(long councilId, CouncilSettings input, int expectedVersion) {
        Actor actor = guard.requireActor();
        if (!actor.platformAdmin()) {
            guard.require(councilId, CouncilAction.MANAGE_MEMBERS);
        }
        CouncilSettings settings = CouncilSettingsCheck.valid(input, councilId, councils);
        CouncilLanguage before = language(councilId);
        if (!councils.update(councilId, settings, expectedVersion)) {
            throw new ConcurrentChangeException("Council");
        }
        events.publishEvent(new CouncilChanged(actor.id(), actor.username(), councilId, "COUNCIL_UPDATED", councilId,
                settings.name()));
        if (!before.languageTag().equals(settings.documentLanguage()) || before.calendar() != settings.calendar()) {
            events.publishEvent(new CouncilChanged(actor.id(), actor.username(), councilId, "COUNCIL_LANGUAGE_CHANGED",
                    councilId, before.languageTag() + " → " + settings.documentLanguage() + ", " + before.calendar()
                            + " → " + settings.calendar()));
        }
    }

    /**
     * The language and calendar of a council's documents. Not confidential: published pages and the documents a
     * council circulates are written in them, so anyone may ask (a council that does not exist is not found).
     */
    @Transactional(readOnly = true)
    public CouncilLanguage language(long councilId) {
        return councils.language(councilId).orElseThrow(() -> new NotFoundException("Council"));
    }

    @Transactional(readOnly = true)
    public List<Council> listAllCouncils(int offset, int limit) {
        guard.requireAdmin();
        return councils.page(offset, limit);
    }

    @Transactional(readOnly = true)
    public int countAllCouncils() {
        guard.requireAdmin();
        return councils.count();
    }

    /** Councils that can be chosen as a parent body, for the administrator's form. */
    @Transactional(readOnly = true)
    public List<Council> parentCandidates() {
        guard.requireAdmin();
        return councils.all();
    }

    /** The councils I currently belong to, with my role. */
    @Transactional(readOnly = true)
    public List<MyCouncil> myCouncils() {
        return councils.ofUser(guard.requireActor().id(), today());
    }

    @Transactional(readOnly = true)
    public Council council(long councilId) {
        guard.require(councilId, CouncilAction.READ);
        return councils.find(councilId).orElseThrow(() -> new NotFoundException("Council"));
    }

    /** Settings for editing: the administrator or the council's managers. */
    @Transactional(readOnly = true)
    public Council councilForEditing(long councilId) {
        if (!guard.requireActor().platformAdmin()) {
            guard.require(councilId, CouncilAction.MANAGE_MEMBERS);
        }
        return councils.find(councilId).orElseThrow(() -> new NotFoundException("Council"));
    }

    @Transactional(readOnly = true)
    public List<Member> currentMembers(long councilId) {
        guard.require(councilId, CouncilAction.READ);
        return memberships.current(councilId, today());
    }

    @Transactional(readOnly = true)
    public List<Member> members(long councilId, boolean includeEnded, int offset, int limit) {
        requireMemberListReader(councilId);
        return memberships.page(councilId, includeEnded, today(), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countMembers(long councilId, boolean includeEnded) {
        requireMemberListReader(councilId);
        return memberships.count(councilId, includeEnded, today());
    }

    /** Active accounts not yet in the council, for the add-member picker. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long councilId, String filter, int offset, int limit) {
        ceiling(councilId);
        return memberships.candidates(councilId, filter, today(), offset, limit);
    }

    /**
     * The member list is for the council's members, and for the platform administrator, who appoints and removes
     * members (it shows who holds which role, none of the council's drafts).
     */
    private void requireMemberListReader(long councilId) {
        if (!guard.requireActor().platformAdmin()) {
            guard.require(councilId, CouncilAction.READ);
        } else if (!councils.exists(councilId)) {
            throw new NotFoundException("Council");
        }
    }

    /** The roles the signed-in person may give in this council: what the role pickers offer. */
    @Transactional(readOnly = true)
    public Set<CouncilRole> grantableRoles(long councilId) {
        return ceiling(councilId).grantable();
    }

    public long addMember(long councilId, NewMembership membership) {
        RoleCeiling ceiling = ceiling(councilId);
        if (membership != null && membership.role() != null) {
            ceiling.requireMayGrant(membership.role());
        }
        return addMembership(ceiling.actor(), councilId, membership);
    }

    public void changeRole(long councilId, long membershipId, CouncilRole role, int expectedVersion) {
        RoleCeiling ceiling = ceiling(councilId);
        Objects.requireNonNull(role, "role");
        Member member = currentMembership(councilId, membershipId);
        ceiling.requireNotSelf(member);
        ceiling.requireMayChange(member);
        ceiling.requireMayGrant(role);
        if (role != CouncilRole.CHAIR) {
            keepOneChair(councilId, member);
        }
        if (!isManaging(role)) {
            keepOneManager(councilId, member);
        }
        if (!memberships.changeRole(membershipId, role, expectedVersion)) {
            throw new ConcurrentChangeException("Membership");
        }
        events.publishEvent(new MembershipChanged(ceiling.actor().id(), ceiling.actor().username(), councilId,
                "ROLE_CHANGED", membershipId, member.username() + ": " + member.role() + " → " + role));
    }

    /**
     * Ends a membership today; it stays in the history and is never deleted. Anyone who manages members may leave
     * (unless they are the last chair or manager); ending someone else's needs the right to grant their role.
     */
    public void endMembership(long councilId, long membershipId, int expectedVersion) {
        RoleCeiling ceiling = ceiling(councilId);
        Member member = currentMembership(councilId, membershipId);
        if (!ceiling.isSelf(member)) {
            ceiling.requireMayChange(member);
        }
        keepOneChair(councilId, member);
        keepOneManager(councilId, member);
        if (!memberships.end(membershipId, today(), expectedVersion)) {
            throw new ConcurrentChangeException("Membership");
        }
        events.publishEvent(new MembershipChanged(ceiling.actor().id(), ceiling.actor().username(), councilId,
                "MEMBERSHIP_ENDED", membershipId, member.username() + " (" + member.role() + ")"));
    }

    /**
     * The signed-in person as a manager of the council's members: a member whose role manages them, or the platform
     * administrator (who appoints chairs, for instance when a council has lost its last one).
     */
    private RoleCeiling ceiling(long councilId) {
        Actor actor = guard.requireActor();
        Optional<CouncilMember> member = guard.membership(councilId).filter(m -> m.may(CouncilAction.MANAGE_MEMBERS));
        if (member.isPresent()) {
            return new RoleCeiling(actor, member.get().role());
        }
        if (actor.platformAdmin()) {
            if (!councils.exists(councilId)) {
                throw new NotFoundException("Council");
            }
            return new RoleCeiling(actor, null);
        }
        return new RoleCeiling(actor, guard.require(councilId, CouncilAction.MANAGE_MEMBERS).role());
    }

    private long addMembership(Actor actor, long councilId, NewMembership m) {
        if (m.role() == null) {
            throw new InvalidInputException("role", "validation.required");
        }
        if (m.group() == null) {
            throw new InvalidInputException("group", "validation.required");
        }
        if (m.organizationType() == null) {
            throw new InvalidInputException("organizationType", "validation.required");
        }
        String organization = TextRules.requiredLine("organizationName", m.organizationName(), 200);
        if (!memberships.isActiveUser(m.userId())) {
            throw new InvalidInputException("user", "council.user-not-active");
        }
        if (memberships.isCurrentMember(councilId, m.userId(), today())) {
            throw new InvalidInputException("user", "council.already-member");
        }
        long id = memberships.insert(councilId, m, organization, today(), now());
        events.publishEvent(new MembershipChanged(actor.id(), actor.username(), councilId, "MEMBER_ADDED", id,
                "user " + m.userId() + " as " + m.role() + ", " + m.group() + ", " + organization));
        return id;
    }

    private Member currentMembership(long councilId, long membershipId) {
        return memberships.find(councilId, membershipId)
                .filter(m -> m.current(today()))
                .orElseThrow(() -> new NotFoundException("Membership"));
    }

    /** A council that has a chair keeps one: only a chair or the administrator could ever appoint another. */
    private void keepOneChair(long councilId, Member member) {
        if (member.role() == CouncilRole.CHAIR && memberships.otherChairs(councilId, member.membershipId(), today()) == 0) {
            throw new InvalidInputException("role", "council.last-chair");
        }
    }

    /** A council must always keep someone who can manage it, or nobody could ever fix its membership. */
    private void keepOneManager(long councilId, Member member) {
        if (isManaging(member.role()) && memberships.otherManagers(councilId, member.membershipId(), today()) == 0) {
            throw new InvalidInputException("role", "council.last-manager");
        }
    }

    private static boolean isManaging(CouncilRole role) {
        return role == CouncilRole.CHAIR || role == CouncilRole.SECRETARIAT;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
