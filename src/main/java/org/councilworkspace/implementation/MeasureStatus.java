package org.councilworkspace.implementation;

/** Where a measure stands. A delay or a drop must be explained, so the reason is required for those two. */
public enum MeasureStatus {
    PLANNED, ONGOING, DELAYED, DONE, DROPPED;

    public boolean requiresReason() {
        return this == DELAYED || this == DROPPED;
    }
}
