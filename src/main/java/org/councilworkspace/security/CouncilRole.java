package org.councilworkspace.security;

import static org.councilworkspace.security.CouncilAction.*;

import java.util.EnumSet;
import java.util.Set;

/** A person's role in one council. Roles are per council; only platform administration is global. */
public enum CouncilRole {
    // The vice-chair steers deliberation with the chair, so holds the chair's rights.
    CHAIR(EnumSet.allOf(CouncilAction.class)),
    VICE_CHAIR(EnumSet.allOf(CouncilAction.class)),
    // Runs the council's business but is not a voting member and does not declare consensus.
    SECRETARIAT(EnumSet.complementOf(EnumSet.of(RECORD_POSITION, DECLARE_CONSENSUS, APPROVE_MINUTES))),
    // Editing and deciding amendments are further limited to the sections a member leads.
    MEMBER(EnumSet.of(READ, EDIT_SECTION, COMMENT, DECIDE_AMENDMENT, RECORD_POSITION)),
    OBSERVER(EnumSet.of(READ));

    private final Set<CouncilAction> allowed;

    CouncilRole(Set<CouncilAction> allowed) {
        this.allowed = allowed;
    }

    public boolean may(CouncilAction action) {
        return allowed.contains(action);
    }

    public boolean isVoting() {
        return this == CHAIR || this == VICE_CHAIR || this == MEMBER;
    }
}
