package org.councilworkspace.meeting;

import java.time.LocalDate;

/** Something a person agreed to do at a meeting, tracked across meetings. */
public record ActionItem(long id, long meetingId, String meetingTitle, long councilId, long agendaItemId, String text,
                         long ownerId, String ownerName, LocalDate dueDate, ActionStatus status, int version) {

    public boolean overdue(LocalDate today) {
        return !status.finished() && dueDate.isBefore(today);
    }
}
