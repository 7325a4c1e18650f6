package org.councilworkspace.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.LongFunction;
import org.councilworkspace.base.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings for the public portal, as the staged disclosure decides: the agenda once published, the minutes' summary
 * once released, the full minutes once published. While a correction of published minutes is open the public sees
 * the last approved version, never the draft. Anything else answers as a missing meeting.
 */
@Service
@Transactional(readOnly = true)
public class PublicMeetings {

    private final PublicMeetingRepository visible;
    private final MeetingRepository meetings;
    private final AgendaRepository items;
    private final MinutesRepository minutes;
    private final MinutesVersionRepository versions;
    private final MinutesApproval approval;

    PublicMeetings(PublicMeetingRepository visible, MeetingRepository meetings, AgendaRepository items,
                   MinutesRepository minutes, MinutesVersionRepository versions, MinutesApproval approval) {
        this.visible = visible;
        this.meetings = meetings;
        this.items = items;
        this.minutes = minutes;
        this.versions = versions;
        this.approval = approval;
    }

    /**
     * Public meetings of a council (or of all councils), newest first, without their agenda, in one query. A list
     * shows the summary of released minutes only (during a correction the meeting page shows the earlier one).
     */
    public List<PublicMeeting> ofCouncil(Long councilId, int limit) {
        return meetings.matching(PublicMeetingRepository.ofCouncil(councilId), Math.max(1, Math.min(limit, 500)))
                .stream().map(PublicMeetings::listed).toList();
    }

    /**
     * A council's public meetings as an iCalendar feed (subscribable in any calendar program), each linked to its
     * portal page; only what the portal shows, never the online link or who is invited.
     */
    public String calendar(long councilId, String name, OffsetDateTime stamp, LongFunction<String> page) {
        return Ics.publicCalendar(name, ofCouncil(councilId, 500), stamp, page);
    }

    /** Meetings whose minutes are out, newest first. */
    public List<PublicMeeting> withMinutes(int limit) {
        return meetings.matching(PublicMeetingRepository.withMinutes(), Math.max(1, Math.min(limit, 100)))
                .stream().map(PublicMeetings::listed).toList();
    }

    public PublicMeeting meeting(long meetingId) {
        if (!visible.isVisible(meetingId)) {
            throw new NotFoundException("Meeting");
        }
        Meeting m = meetings.find(meetingId).orElseThrow(() -> new NotFoundException("Meeting"));
        MinutesVersionRepository.State state = versions.state(meetingId);
        String summary = summaryOf(m, state);
        if (m.minutesStatus() == MinutesStatus.PUBLISHED) {
            return of(m, items.items(meetingId), summary, true, minutes.decisions(meetingId));
        }
        boolean correcting = state.publishedAt() != null && state.version() > 1
                && state.statusBefore() == MinutesStatus.PUBLISHED;
        if (correcting) {
            MinutesSnapshot shown = approval.snapshot(meetingId, state.version() - 1).orElseThrow();
            return of(m, shown.items(), summary, true, shown.decisions());
        }
        List<AgendaItem> agenda = m.agendaPublished() ? PublicMeeting.withoutNotes(items.items(meetingId)) : List.of();
        return of(m, agenda, summary, false, List.of());
    }

    private static PublicMeeting listed(Meeting m) {
        return of(m, List.of(), m.minutesStatus().summaryPublic() ? m.minutesSummary() : null,
                m.minutesStatus() == MinutesStatus.PUBLISHED, List.of());
    }

    /** The released summary; during a correction, the one released before it. */
    private static String summaryOf(Meeting m, MinutesVersionRepository.State state) {
        boolean released = m.minutesStatus().summaryPublic()
                || state.statusBefore() != null && state.statusBefore().summaryPublic();
        return released ? m.minutesSummary() : null;
    }

    private static PublicMeeting of(Meeting m, List<AgendaItem> agenda, String summary, boolean full,
                                    List<Decision> decisions) {
        return new PublicMeeting(m.id(), m.councilId(), m.councilName(), m.kind(), m.title(), m.startsAt(), m.endsAt(),
                m.place(), m.agendaPublished(), agenda, summary, full, decisions);
    }
}
