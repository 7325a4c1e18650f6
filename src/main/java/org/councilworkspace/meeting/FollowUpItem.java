package org.councilworkspace.meeting;

/** An agenda item that follows something up, and whether the chair or secretariat kept it (else only proposed). */
public record FollowUpItem(long agendaItemId, FollowUpKind kind, long targetId, boolean kept) {
}
