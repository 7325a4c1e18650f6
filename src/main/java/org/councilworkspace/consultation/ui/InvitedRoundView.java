package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.councilworkspace.consultation.PublicConsultation;

/** An invited organization's own link to a round: the text and the form, with its organization filled in. */
@Route(value = "consult/invited/:token", autoLayout = false)
@AnonymousAllowed
public class InvitedRoundView extends PublicFrame implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicConsultation consultation;
    private String title = "";

    public InvitedRoundView(PublicConsultation consultation) {
        this.consultation = consultation;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        consultation.invitedRound(token).ifPresentOrElse(open -> {
            title = open.round().title();
            show(new H1(title), new Paragraph(getTranslation("consultation.invited.intro",
                            open.invitation().organizationName())), PublicRoundView.intro(open),
                    RoundHistoryLines.of(consultation.invitedHistory(token)),
                    new SubmissionForm(open.sections(), open.invitation(),
                            input -> consultation.submitInvited(token, input, SubmissionForm.clientAddress())),
                    new RoundTextView(open.sections()));
        }, () -> show(new H1(getTranslation("consultation.invited.invalid-title")),
                new Paragraph(getTranslation("consultation.invited.invalid"))));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
