package org.councilworkspace.meeting;

/** What a follow-up item on a series meeting's agenda follows up. */
public enum FollowUpKind {
    /** An action item of an earlier meeting of the series that is still open. */
    ACTION_ITEM,
    /** A measure of the council's plans that became delayed since the series' last meeting. */
    MEASURE,
    /** A KPI that went off track since the series' last meeting. */
    KPI,
    /** An agency report not submitted by its deadline. */
    REPORT
}
