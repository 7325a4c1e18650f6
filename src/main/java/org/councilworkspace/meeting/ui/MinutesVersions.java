package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.stream.Collectors;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.meeting.ApprovedVersion;
import org.councilworkspace.meeting.Invitee;
import org.councilworkspace.meeting.Minutes;
import org.councilworkspace.meeting.MinutesService;

/**
 * The approved versions of the minutes with each one's reason, approver and time; any of them opens read-only
 * exactly as approved (agenda, notes, decisions, action items and attendance of that version).
 */
class MinutesVersions extends Div {

    MinutesVersions(MinutesService minutes, long meetingId, List<ApprovedVersion> versions, CalendarDates dates) {
        setId("minutes-versions");
        add(new H3(getTranslation("meeting.minutes-versions")));
        UnorderedList list = new UnorderedList();
        list.addClassName("cw-plain-list");
        for (ApprovedVersion v : versions) {
            ListItem li = new ListItem();
            li.addClassName("cw-minutes-version");
            li.add(new Span(getTranslation("meeting.minutes-version-line", v.number(), v.approvedByName(),
                    dates.dateTime(v.approvedAt())) + " "));
            Button open = new Button(getTranslation("meeting.minutes-version-open", v.number()),
                    e -> open(minutes, meetingId, v.number(), dates.calendar()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            open.addClassName("cw-open-version");
            li.add(open);
            Paragraph reason = new Paragraph(v.reason() == null ? getTranslation("meeting.minutes-version-first")
                    : getTranslation("meeting.minutes-version-reason", v.correctionStartedByName(), v.reason()));
            reason.addClassName("cw-muted");
            li.add(reason);
            list.add(li);
        }
        add(list);
    }

    private void open(MinutesService minutes, long meetingId, int number, CalendarSystem calendar) {
        Minutes version = minutes.version(meetingId, number);
        Dialog dialog = new Dialog();
        dialog.setId("minutes-version-dialog");
        dialog.setHeaderTitle(getTranslation("meeting.minutes-version-title", version.meeting().title(), number));
        dialog.setWidth("48rem");
        String present = minutes.versionAttendance(meetingId, number).stream()
                .filter(i -> Boolean.TRUE.equals(i.attended())).map(Invitee::displayName)
                .collect(Collectors.joining(", "));
        Paragraph attendance = new Paragraph(present.isEmpty() ? getTranslation("meeting.minutes-version-nobody")
                : getTranslation("meeting.minutes-version-attendance", present));
        attendance.setId("minutes-version-attendance");
        dialog.add(attendance);
        for (int i = 0; i < version.items().size(); i++) {
            dialog.add(new MinutesItem(minutes, List.of(), calendar, version, version.items().get(i), i + 1,
                    false, false, () -> { }));
        }
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        close.setId("minutes-version-close");
        dialog.getFooter().add(close);
        dialog.open();
        close.focus();
    }
}
