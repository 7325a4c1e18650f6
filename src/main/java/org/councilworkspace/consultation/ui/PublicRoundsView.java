package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.consultation.ConsultationRound;
import org.councilworkspace.consultation.PublicConsultation;

/** Open public consultations and published results, for anyone, without signing in. */
@Route(value = "consult", autoLayout = false)
@AnonymousAllowed
public class PublicRoundsView extends PublicFrame implements HasDynamicTitle {

    public PublicRoundsView(PublicConsultation consultation) {
        Div open = list("public-open-rounds", consultation.openRounds(), true);
        Div published = list("public-published-rounds", consultation.publishedRounds(), false);
        show(new H1(getTranslation("consultation.public.title")), new Paragraph(getTranslation("consultation.public.intro")),
                new H2(getTranslation("consultation.public.open")), open,
                new H2(getTranslation("consultation.public.published")), published);
    }

    private Div list(String id, List<ConsultationRound> rounds, boolean open) {
        Div cards = new Div();
        cards.setId(id);
        cards.addClassName("cw-cards");
        if (rounds.isEmpty()) {
            cards.add(new Paragraph(getTranslation(open ? "consultation.public.none-open" : "consultation.public.none-published")));
        }
        for (ConsultationRound r : rounds) {
            Div card = new Div();
            card.addClassName("cw-card");
            Anchor link = new Anchor(open ? PublicPaths.round(r.id()) : PublicPaths.results(r.id()), r.title());
            Span plan = new Span(r.planTitle() + " · " + r.versionLabel());
            plan.addClassName("cw-muted");
            card.add(new H3(link), plan, new Span(open
                    ? getTranslation("consultation.public.closes", Formats.dateTime(r.closesAt()))
                    : getTranslation("consultation.public.published-at", Formats.dateTime(r.publishedAt()))));
            cards.add(card);
        }
        return cards;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.public.title") + " · " + getTranslation("app.name");
    }
}
