package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.Member;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.ApprovedVersion;
import org.councilworkspace.meeting.Correction;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.Minutes;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.MinutesStatus;

/**
 * The minutes: per agenda item notes, decisions and action items. The secretariat writes them while in draft,
 * the chair approves them, then the summary and later the full minutes are released to the council. Approved
 * minutes are corrected by a new version with a reason; earlier versions stay readable as approved.
 */
class MinutesPanel extends Div {

    MinutesPanel(MinutesService minutes, MeetingService meetings, long meetingId, boolean manage, boolean approve,
                 CalendarDates dates, Runnable reload) {
        setId("minutes");
        Minutes m = minutes.minutes(meetingId);
        MinutesStatus status = m.meeting().minutesStatus();
        boolean drafts = manage || approve;
        Paragraph state = new Paragraph(getTranslation("meeting.minutes-status", Translations.label(status)));
        state.setId("minutes-status");
        add(state);
        Correction correction = m.correction();
        if (correction != null) {
            Paragraph open = new Paragraph(drafts ? getTranslation("meeting.minutes-correction-open",
                    correction.version(), correction.startedByName(), dates.dateTime(correction.startedAt()),
                    correction.reason()) : getTranslation("meeting.minutes-showing-version", m.version()));
            open.setId("minutes-correction");
            open.addClassName("cw-warning");
            add(open);
        }
        if (m.meeting().minutesSummary() != null) {
            H3 heading = new H3(getTranslation("meeting.minutes-summary"));
            Paragraph summary = new Paragraph(m.meeting().minutesSummary());
            summary.setId("minutes-summary");
            summary.addClassName("cw-preserve-lines");
            add(heading, summary);
        }
        if (!m.full()) {
            add(new Paragraph(getTranslation(status.summaryPublic() ? "meeting.minutes-full-later"
                    : "meeting.minutes-not-released")));
            return;
        }
        boolean editable = manage && status == MinutesStatus.DRAFT;
        List<AgendaItem> items = m.items();
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("meeting.minutes-no-items")));
        }
        List<Member> owners = editable ? meetings.inviteCandidates(m.meeting().councilId()) : List.of();
        for (int i = 0; i < items.size(); i++) {
            add(new MinutesItem(minutes, owners, dates.calendar(), m, items.get(i), i + 1, editable, drafts, reload));
        }
        add(new MinutesActions(minutes, meetings, m, manage, approve, dates, reload));
        List<ApprovedVersion> versions = minutes.versions(meetingId);
        if (!versions.isEmpty()) {
            add(new MinutesVersions(minutes, meetingId, versions, dates));
        }
    }
}
