package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.html.Span;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.plan.PlanStatus;
import org.councilworkspace.plan.SectionState;

/** Status and state badges: text always, colour only as a second signal. */
final class PlanBadges {

    private PlanBadges() {
    }

    static Span status(PlanStatus status) {
        Span badge = badge(Translations.label(status));
        switch (status) {
            case ADOPTED, PUBLISHED -> badge.getElement().getThemeList().add("success");
            case SUPERSEDED -> badge.getElement().getThemeList().add("contrast");
            default -> { }
        }
        return badge;
    }

    static Span state(SectionState state) {
        Span badge = badge(Translations.label(state));
        switch (state) {
            case AGREED -> badge.getElement().getThemeList().add("success");
            case CONTESTED -> badge.getElement().getThemeList().add("error");
            default -> { }
        }
        return badge;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }
}
