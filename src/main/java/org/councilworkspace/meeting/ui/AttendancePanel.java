package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.meeting.Invitee;
import org.councilworkspace.meeting.MeetingService;

/**
 * Who was invited, what they answered, and (for the secretariat, on the day) whether they attended; read-only once
 * the minutes are approved, since attendance is part of them.
 */
class AttendancePanel extends Div {

    AttendancePanel(MeetingService meetings, long meetingId, boolean editable) {
        setId("attendance");
        Grid<Invitee> grid = new Grid<>();
        grid.setId("attendance-grid");
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("meeting.attendance"));
        grid.addColumn(Invitee::displayName).setHeader(getTranslation("meeting.invitee")).setFlexGrow(1);
        grid.addColumn(i -> i.organization() == null ? "" : i.organization())
                .setHeader(getTranslation("meeting.organization")).setFlexGrow(1);
        grid.addColumn(i -> Translations.label(i.response()) + (i.representative() == null ? ""
                : ": " + i.representative())).setHeader(getTranslation("meeting.invitation.answer")).setAutoWidth(true);
        grid.addComponentColumn(i -> {
            Checkbox present = new Checkbox(getTranslation("meeting.present"), Boolean.TRUE.equals(i.attended()));
            present.getElement().setAttribute("aria-label", getTranslation("meeting.present-of", i.displayName()));
            present.setReadOnly(!editable);
            present.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    meetings.recordAttendance(meetingId, i.userId(), e.getValue());
                }
            });
            return present;
        }).setHeader(getTranslation("meeting.attended")).setAutoWidth(true);
        // The invited members of one meeting: a council's size at most, loaded at once.
        grid.setItems(meetings.invitees(meetingId));
        add(grid);
    }
}
