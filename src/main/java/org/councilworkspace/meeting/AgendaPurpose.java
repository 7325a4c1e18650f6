package org.councilworkspace.meeting;

/** Why an item is on the agenda. */
public enum AgendaPurpose {
    INFORMATION, DISCUSSION, DECISION
}
