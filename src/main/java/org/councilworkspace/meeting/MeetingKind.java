package org.councilworkspace.meeting;

/** What kind of sitting a meeting is. */
public enum MeetingKind {
    PLENARY, SUBCOMMITTEE, WORKING_GROUP, HEARING
}
