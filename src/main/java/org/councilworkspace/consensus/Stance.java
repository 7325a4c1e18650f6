package org.councilworkspace.consensus;

/** A member's position on a section or on the whole plan. */
public enum Stance {
    AGREE, AGREE_WITH_RESERVATIONS, NEEDS_DISCUSSION, ABSTAIN, OBJECT;

    /** Reservations and objections must say what they are. */
    public boolean requiresReason() {
        return this == AGREE_WITH_RESERVATIONS || this == OBJECT;
    }

    public boolean agrees() {
        return this == AGREE || this == AGREE_WITH_RESERVATIONS;
    }
}
