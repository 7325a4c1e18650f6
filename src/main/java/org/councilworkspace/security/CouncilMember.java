package org.councilworkspace.security;

/** The acting person together with their current role in one council. */
public record CouncilMember(Actor actor, long councilId, long membershipId, CouncilRole role) {

    public boolean may(CouncilAction action) {
        return role.may(action);
    }
}
