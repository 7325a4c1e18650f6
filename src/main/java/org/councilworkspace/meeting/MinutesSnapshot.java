package org.councilworkspace.meeting;

import java.util.List;

/** What a version of the minutes said when the chair approved it: agenda, notes, decisions, actions, attendance. */
record MinutesSnapshot(List<AgendaItem> items, List<Decision> decisions, List<ActionItem> actionItems,
                       List<Invitee> attendance) {
}
