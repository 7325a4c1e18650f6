package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consultation.PublicConsultation;

/** An open public round: the consulted text and the comment form, for anyone without an account. */
@Route(value = "consult/:roundId(\\d+)", autoLayout = false)
@AnonymousAllowed
public class PublicRoundView extends PublicFrame implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicConsultation consultation;
    private String title = "";

    public PublicRoundView(PublicConsultation consultation) {
        this.consultation = consultation;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = event.getRouteParameters().getLong("roundId").orElseThrow(() -> new NotFoundException("Round"));
        PublicConsultation.OpenRound open = consultation.publicRound(roundId);
        title = open.round().title();
        show(new H1(title), intro(open), RoundHistoryLines.of(consultation.publicHistory(roundId)), new SubmissionForm(open.sections(), null,
                        input -> consultation.submit(roundId, input, SubmissionForm.clientAddress())),
                new RoundTextView(open.sections()));
    }

    /** The round's own description, then what is consulted and until when. */
    static Div intro(PublicConsultation.OpenRound open) {
        var r = open.round();
        Div intro = new Div();
        intro.setId("round-intro");
        if (r.description() != null) {
            intro.add(ResultsTable.multiline(r.description()));
        }
        intro.add(new Paragraph(Translations.t("consultation.public.round-intro", r.planTitle(), r.versionLabel(),
                Formats.dateTime(r.closesAt()))));
        return intro;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
