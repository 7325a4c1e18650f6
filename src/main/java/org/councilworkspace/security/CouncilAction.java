package org.councilworkspace.security;

/** What can be done inside a council; {@link CouncilRole} says who may. */
public enum CouncilAction {
    /** Read drafts, comments, positions, minutes and the member list. */
    READ,
    EDIT_SECTION,
    COMMENT,
    DECIDE_AMENDMENT,
    RECORD_POSITION,
    DECLARE_CONSENSUS,
    /** Plan structure, drafters, versions and status. */
    MANAGE_PLAN,
    MANAGE_MEETINGS,
    APPROVE_MINUTES,
    MANAGE_CONSULTATION,
    MANAGE_MEMBERS,
    READ_AUDIT
}
