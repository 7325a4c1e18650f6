package org.councilworkspace.deliberation;

import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilRole;

/** Who reads a thread: the whole council, or only the secretariat, chair and vice-chair (a working note). */
public enum Visibility {
    COUNCIL, SECRETARIAT;

    /** The one rule for who reads a thread of this visibility; the thread pages and the search index both use it. */
    public boolean readableBy(CouncilRole role) {
        return this == COUNCIL ? role.may(CouncilAction.READ) : role.may(CouncilAction.MANAGE_PLAN);
    }
}
