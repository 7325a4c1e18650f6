package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.Member;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.Minutes;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.MinutesStatus;

/**
 * The minutes: per agenda item notes, decisions and action items. The secretariat writes them while in draft,
 * the chair approves them, then the summary and later the full minutes are released to the council.
 */
class MinutesPanel extends Div {

    private final MinutesService minutes;
    private final long meetingId;
    private final Runnable reload;

    MinutesPanel(MinutesService minutes, MeetingService meetings, long meetingId, boolean manage, boolean approve,
                 Runnable reload) {
        this.minutes = minutes;
        this.meetingId = meetingId;
        this.reload = reload;
        setId("minutes");
        Minutes m = minutes.minutes(meetingId);
        MinutesStatus status = m.meeting().minutesStatus();
        Paragraph state = new Paragraph(getTranslation("meeting.minutes-status", Translations.label(status)));
        state.setId("minutes-status");
        add(state);
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
            AgendaItem item = items.get(i);
            add(new MinutesItem(minutes, owners, m, item, i + 1, editable, reload));
        }
        if (approve && status == MinutesStatus.DRAFT) {
            Button approveButton = new Button(getTranslation("meeting.minutes-approve"),
                    e -> act(() -> minutes.approve(meetingId), "meeting.minutes-approved"));
            approveButton.setId("approve-minutes");
            approveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(approveButton);
        }
        if (manage && status == MinutesStatus.APPROVED) {
            TextArea summary = new TextArea(getTranslation("meeting.minutes-summary"));
            summary.setId("minutes-summary-input");
            summary.setMaxLength(4000);
            summary.setWidthFull();
            summary.setHelperText(getTranslation("meeting.minutes-summary-help"));
            FieldErrors errors = new FieldErrors().bind("summary", summary);
            Button publish = new Button(getTranslation("meeting.minutes-publish-summary"), e -> {
                if (errors.run(() -> minutes.publishSummary(meetingId, summary.getValue()))) {
                    Notifications.success(getTranslation("meeting.minutes-summary-published"));
                    reload.run();
                }
            });
            publish.setId("publish-summary");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(summary, publish);
        }
        if (manage && status == MinutesStatus.SUMMARY_PUBLISHED) {
            Button publish = new Button(getTranslation("meeting.minutes-publish-full"),
                    e -> act(() -> minutes.publishFull(meetingId), "meeting.minutes-full-published"));
            publish.setId("publish-minutes");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(publish);
        }
    }

    private void act(Runnable action, String doneKey) {
        if (new FieldErrors().run(action)) {
            Notifications.success(getTranslation(doneKey));
            reload.run();
        }
    }
}
