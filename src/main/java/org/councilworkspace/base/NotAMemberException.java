package org.councilworkspace.base;

import org.springframework.security.access.AccessDeniedException;

/**
 * Someone who is not a current member of a council asked for something in it. It is a refusal, and services and
 * their tests treat it as one; what the person sees is the same "not found" page as for an id that does not exist,
 * so nobody can tell another council's plans, sections or meetings from missing ones by trying ids.
 */
public class NotAMemberException extends AccessDeniedException {

    public NotAMemberException(long councilId) {
        super("Not a member of council " + councilId);
    }
}
