package org.councilworkspace.meeting;

/**
 * Something a series meeting follows up, proposed for its agenda.
 *
 * @param title     what the agenda item is called (the action, measure, KPI or report as its feature names it)
 * @param presenter who answers for it (the action's owner, the lead agency), or null
 */
public record FollowUp(FollowUpKind kind, long targetId, String title, String presenter) {
}
