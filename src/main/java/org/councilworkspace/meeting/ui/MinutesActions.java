package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.meeting.Meeting;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.Minutes;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.MinutesStatus;

/**
 * The acts on the minutes that others rely on, each asked first in the shared confirmation dialog: the chair's
 * approval, the release of the summary and of the full minutes, and the start of a correction (with its reason).
 */
class MinutesActions extends Div {

    private final MinutesService minutes;
    private final Meeting meeting;
    private final Runnable reload;

    MinutesActions(MinutesService minutes, MeetingService meetings, Minutes m, boolean manage, boolean approve,
                   CalendarDates dates, Runnable reload) {
        this.minutes = minutes;
        this.meeting = m.meeting();
        this.reload = reload;
        MinutesStatus status = meeting.minutesStatus();
        if (approve && status == MinutesStatus.DRAFT) {
            if (meetings.hasStarted(meeting)) {
                add(approveButton(m));
            } else {
                Paragraph wait = new Paragraph(getTranslation("meeting.minutes-approve-wait",
                        dates.dateTime(meeting.startsAt())));
                wait.setId("minutes-approve-wait");
                add(wait);
            }
        }
        if (manage && status == MinutesStatus.APPROVED) {
            add(summaryForm());
        }
        if (manage && status == MinutesStatus.SUMMARY_PUBLISHED) {
            Button publish = new Button(getTranslation("meeting.minutes-publish-full"), e -> FinalAction
                    .ask(getTranslation("meeting.minutes-publish-full-title", meeting.title()),
                            getTranslation("meeting.minutes-publish-full"))
                    .consequence(getTranslation("meeting.minutes-publish-full-visible", meeting.councilName()))
                    .consequence(getTranslation("meeting.minutes-publish-full-final"))
                    .open(given -> act(() -> minutes.publishFull(meeting.id()), "meeting.minutes-full-published")));
            publish.setId("publish-minutes");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(publish);
        }
        if (manage && status != MinutesStatus.DRAFT) {
            add(correctionButton(m.version()));
        }
    }

    private Button approveButton(Minutes m) {
        boolean correctsReleased = m.correction() != null && meeting.minutesSummary() != null;
        Button button = new Button(getTranslation("meeting.minutes-approve"), e -> FinalAction
                .ask(getTranslation("meeting.minutes-approve-title", meeting.title()),
                        getTranslation("meeting.minutes-approve"))
                .consequence(getTranslation("meeting.minutes-approve-record", meeting.title()))
                .consequence(getTranslation("meeting.minutes-approve-correct"))
                .consequence(getTranslation(correctsReleased ? "meeting.minutes-approve-correction-notified"
                        : "meeting.minutes-approve-notified"))
                .open(given -> act(() -> minutes.approve(meeting.id()), "meeting.minutes-approved")));
        button.setId("approve-minutes");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Div summaryForm() {
        TextArea summary = new TextArea(getTranslation("meeting.minutes-summary"));
        summary.setId("minutes-summary-input");
        summary.setMaxLength(4000);
        summary.setWidthFull();
        summary.setHelperText(getTranslation("meeting.minutes-summary-help"));
        FieldErrors errors = new FieldErrors().bind("summary", summary);
        Button publish = new Button(getTranslation("meeting.minutes-publish-summary"), e -> FinalAction
                .ask(getTranslation("meeting.minutes-publish-summary-title", meeting.title()),
                        getTranslation("meeting.minutes-publish-summary"))
                .consequence(getTranslation("meeting.minutes-publish-summary-visible", meeting.councilName()))
                .consequence(getTranslation("meeting.minutes-publish-summary-later"))
                // Closes either way, so that a refusal shows at the summary field behind the dialog.
                .openAndClose(given -> {
                    if (errors.run(() -> minutes.publishSummary(meeting.id(), summary.getValue()))) {
                        Notifications.success(getTranslation("meeting.minutes-summary-published"));
                        reload.run();
                    }
                }));
        publish.setId("publish-summary");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(summary, publish);
    }

    private Button correctionButton(int version) {
        Button correct = new Button(getTranslation("meeting.minutes-correct"), e -> FinalAction
                .ask(getTranslation("meeting.minutes-correct-title", meeting.title()),
                        getTranslation("meeting.minutes-correct"))
                .consequence(getTranslation("meeting.minutes-correct-version", version, version + 1))
                .consequence(getTranslation("meeting.minutes-correct-approve", version))
                .reason(getTranslation("meeting.minutes-correct-reason"), true)
                .open(reason -> {
                    boolean done = new FieldErrors().run(() -> minutes.startCorrection(meeting.id(), reason));
                    if (done) {
                        Notifications.success(getTranslation("meeting.minutes-correction-started", version + 1));
                        reload.run();
                    }
                    return done;
                }));
        correct.setId("start-correction");
        return correct;
    }

    private boolean act(Runnable action, String doneKey) {
        boolean done = new FieldErrors().run(action);
        if (done) {
            Notifications.success(getTranslation(doneKey));
            reload.run();
        }
        return done;
    }
}
