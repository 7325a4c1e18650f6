package org.councilworkspace.meeting;

/** Where an action item stands. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public boolean finished() {
        return this == DONE || this == CANCELLED;
    }
}
