package org.councilworkspace.meeting;

/** An invited member's answer; PENDING until they answer. */
public enum InvitationResponse {
    PENDING, ATTENDING, NOT_ATTENDING, REPRESENTATIVE
}
