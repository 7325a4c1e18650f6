package org.councilworkspace.meeting;

import java.util.List;

/** A meeting's agenda in order, and how much longer than the meeting it runs (0 when it fits). */
public record Agenda(Meeting meeting, List<AgendaItem> items) {

    public int totalMinutes() {
        return items.stream().mapToInt(AgendaItem::minutesAllotted).sum();
    }

    public long overrunMinutes() {
        return Math.max(0, totalMinutes() - meeting.durationMinutes());
    }
}
