package org.councilworkspace.council;

import java.util.EnumSet;
import java.util.Set;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilRole;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may give which role. Nobody grants a role above their own; the chair's roles (chair and vice-chair) are given
 * only by the chair or the platform administrator, so a secretariat that runs the membership cannot make itself,
 * or anyone, chair. The same ceiling limits whose membership one may change or end: a secretariat cannot demote or
 * remove the chair it could not have appointed.
 *
 * @param role the manager's role in the council, or null for a platform administrator who is not a member
 */
record RoleCeiling(Actor actor, CouncilRole role) {

    private static final Set<CouncilRole> BELOW_THE_CHAIR =
            EnumSet.of(CouncilRole.SECRETARIAT, CouncilRole.MEMBER, CouncilRole.OBSERVER);

    /** The roles this person may give; empty for those who do not manage members at all. */
    Set<CouncilRole> grantable() {
        if (actor.platformAdmin() || role == CouncilRole.CHAIR) {
            return EnumSet.allOf(CouncilRole.class);
        }
        if (role == CouncilRole.VICE_CHAIR || role == CouncilRole.SECRETARIAT) {
            return EnumSet.copyOf(BELOW_THE_CHAIR);
        }
        return EnumSet.noneOf(CouncilRole.class);
    }

    void requireMayGrant(CouncilRole wanted) {
        if (!grantable().contains(wanted)) {
            throw new AccessDeniedException(describe() + " may not grant " + wanted);
        }
    }

    /** Changing or ending someone's membership needs the right to grant the role they hold now. */
    void requireMayChange(Member target) {
        if (!grantable().contains(target.role())) {
            throw new AccessDeniedException(describe() + " may not change the membership of a " + target.role());
        }
    }

    /** Nobody raises, lowers or otherwise changes their own role: another manager has to. */
    void requireNotSelf(Member target) {
        if (target.userId() == actor.id()) {
            throw new AccessDeniedException("Nobody changes their own role");
        }
    }

    boolean isSelf(Member target) {
        return target.userId() == actor.id();
    }

    private String describe() {
        return role == null ? "The platform administrator" : role.name();
    }
}
