package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.councilworkspace.base.ui.FieldErrors;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.meeting.InvitationResponse;
import org.councilworkspace.meeting.Invitee;
import org.councilworkspace.meeting.MeetingService;

/** The invited member's own answer: attending, not attending, or sending a representative. */
class InvitationPanel extends Div {

    private final Optional<Invitee> me;

    InvitationPanel(MeetingService meetings, long meetingId, long myId) {
        setId("invitation");
        me = meetings.invitees(meetingId).stream().filter(i -> i.userId() == myId).findFirst();
        if (me.isEmpty()) {
            return;
        }
        Invitee invitee = me.get();
        Paragraph status = new Paragraph(status(invitee.response(), invitee.representative()));
        status.setId("invitation-status");
        status.getElement().setAttribute("role", "status");
        RadioButtonGroup<InvitationResponse> answer = new RadioButtonGroup<>(getTranslation("meeting.invitation.answer"));
        answer.setId("invitation-answer");
        answer.setItems(List.of(InvitationResponse.ATTENDING, InvitationResponse.NOT_ATTENDING,
                InvitationResponse.REPRESENTATIVE));
        answer.setItemLabelGenerator(Translations::label);
        TextField representative = new TextField(getTranslation("meeting.invitation.representative"));
        representative.setId("invitation-representative");
        representative.setMaxLength(200);
        representative.setVisible(invitee.response() == InvitationResponse.REPRESENTATIVE);
        if (invitee.response() != InvitationResponse.PENDING) {
            answer.setValue(invitee.response());
        }
        if (invitee.representative() != null) {
            representative.setValue(invitee.representative());
        }
        answer.addValueChangeListener(e -> representative.setVisible(e.getValue() == InvitationResponse.REPRESENTATIVE));
        FieldErrors errors = new FieldErrors().bind("response", answer).bind("representative", representative);
        Button save = new Button(getTranslation("meeting.invitation.send"), e -> {
            if (errors.run(() -> meetings.respond(meetingId, answer.getValue(), representative.getValue()))) {
                status.setText(status(answer.getValue(), representative.getValue()));
                Notifications.success(getTranslation("meeting.invitation.saved"));
            }
        });
        save.setId("invitation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("meeting.invitation")), status, answer, representative, save);
    }

    boolean applies() {
        return me.isPresent();
    }

    private String status(InvitationResponse response, String representative) {
        if (response == InvitationResponse.REPRESENTATIVE) {
            return getTranslation("meeting.invitation.status-representative", representative);
        }
        return getTranslation("meeting.invitation.status", Translations.label(response));
    }
}
