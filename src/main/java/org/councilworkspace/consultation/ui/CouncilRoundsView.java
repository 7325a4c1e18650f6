package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consultation.ConsultationRound;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.ui.CouncilRoutes;
import org.councilworkspace.council.ui.CouncilTabs;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.VersionService;

/** A council's consultation rounds, newest first, and the button to schedule one. */
@Route("councils/:councilId(\\d+)/consultations")
@PermitAll
public class CouncilRoundsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RoundService rounds;
    private final PlanService plans;
    private final VersionService versions;
    private final CouncilTabs tabs;
    private final Clock clock;
    private final CouncilService councils;

    public CouncilRoundsView(RoundService rounds, PlanService plans, VersionService versions, CouncilTabs tabs,
                             Clock clock, CouncilService councils) {
        this.councils = councils;
        this.rounds = rounds;
        this.plans = plans;
        this.versions = versions;
        this.tabs = tabs;
        this.clock = clock;
        addClassName("cw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long councilId = CouncilRoutes.councilId(event);
        List<ConsultationRound> list = rounds.rounds(councilId);
        removeAll();
        Button create = new Button(getTranslation("consultation.round.new"), VaadinIcon.PLUS.create(), e ->
                new RoundFormDialog(councilId, plans.plans(councilId), versions, rounds, clock,
                        councils.language(councilId).calendar(),
                        id -> UI.getCurrent().navigate(PublicPaths.manage(id))).open());
        create.setId("new-round");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor publicList = new Anchor(PublicPaths.rounds(), getTranslation("consultation.public.title"));
        publicList.setRouterIgnore(true);
        add(tabs.create(councilId, PublicPaths.councilRounds(councilId)), new H1(getTranslation("consultation.title")),
                create, publicList);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("consultation.rounds.none")));
            return;
        }
        Div cards = new Div();
        cards.addClassName("cw-cards");
        cards.setId("rounds");
        CalendarDates dates = Formats.dates(councils.language(councilId).calendar());
        for (ConsultationRound r : list) {
            Div card = new Div();
            card.addClassName("cw-card");
            Span status = new Span(Labels.of(r.status()));
            status.getElement().getThemeList().add("badge");
            Span kind = new Span(Labels.of(r.kind()));
            kind.getElement().getThemeList().add("badge contrast");
            card.add(new H2(new Anchor(PublicPaths.manage(r.id()), r.title())), new Div(status, new Span(" "), kind),
                    new Span(r.planTitle() + " · " + r.versionLabel()),
                    new Span(dates.dateTime(r.opensAt()) + " – " + dates.dateTime(r.closesAt())));
            cards.add(card);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.title") + " · " + getTranslation("app.name");
    }
}
