package org.councilworkspace.meeting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting as the public sees it: never the online link or who was invited. {@code agenda} is empty until the
 * agenda is published; {@code summary} is null until the minutes' summary is released; {@code full} holds the
 * agenda items with their minutes notes and the decisions only once the full minutes are published.
 */
public record PublicMeeting(long id, long councilId, String councilName, MeetingKind kind, String title,
                            OffsetDateTime startsAt, OffsetDateTime endsAt, String place, boolean agendaPublished,
                            List<AgendaItem> agenda, String summary, boolean full, List<Decision> decisions) {

    /** The same item list without minutes notes, for an agenda shown before the full minutes are out. */
    static List<AgendaItem> withoutNotes(List<AgendaItem> items) {
        return items.stream().map(i -> new AgendaItem(i.id(), i.meetingId(), i.position(), i.title(),
                i.minutesAllotted(), i.presenter(), i.purpose(), i.link(), i.linkTitle(), null, i.version())).toList();
    }
}
