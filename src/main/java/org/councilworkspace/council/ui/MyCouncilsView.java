package org.councilworkspace.council.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.councilworkspace.base.OpenTasks;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.MyCouncil;

/** The start page: the councils I belong to, with my role in each. */
@Route("")
@PermitAll
public class MyCouncilsView extends VerticalLayout implements HasDynamicTitle {

    public MyCouncilsView(CouncilService councils, List<OpenTasks> tasks) {
        addClassName("cw-page");
        add(new H1(getTranslation("councils.mine")), new WhatNeedsMe(tasks));
        List<MyCouncil> mine = councils.myCouncils();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("councils.none")));
            return;
        }
        Div cards = new Div();
        cards.addClassName("cw-cards");
        cards.setId("my-councils");
        mine.forEach(c -> cards.add(card(c)));
        add(cards);
    }

    private Div card(MyCouncil council) {
        Div card = new Div();
        card.addClassName("cw-card");
        H2 title = new H2(new Anchor(CouncilPaths.home(council.councilId()), council.name()));
        Span kind = new Span(Translations.label(council.kind()));
        kind.addClassName("cw-muted");
        Span role = CouncilBadges.role(council.role());
        Paragraph term = new Paragraph(getTranslation("council.term") + ": "
                + Formats.term(council.termStart(), council.termEnd()));
        card.add(title, kind, role, term);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("councils.mine") + " · " + getTranslation("app.name");
    }
}
