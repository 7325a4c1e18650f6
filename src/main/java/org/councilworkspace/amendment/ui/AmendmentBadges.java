package org.councilworkspace.amendment.ui;

import com.vaadin.flow.component.html.Span;
import org.councilworkspace.amendment.Amendment;
import org.councilworkspace.amendment.AmendmentState;
import org.councilworkspace.base.ui.Translations;

/** An amendment's state and its support as words with symbols; colour only repeats what the words say. */
final class AmendmentBadges {

    private AmendmentBadges() {
    }

    static String stateText(AmendmentState state) {
        return symbol(state) + " " + Translations.t("amendment.state." + state.name());
    }

    static Span state(AmendmentState state) {
        Span badge = new Span(stateText(state));
        badge.addClassName("cw-amendment-state");
        badge.getElement().getThemeList().add("badge");
        switch (state) {
            case ACCEPTED -> badge.getElement().getThemeList().add("success");
            case REJECTED -> badge.getElement().getThemeList().add("error");
            case CONFLICTING -> badge.getElement().getThemeList().add("error primary");
            case WITHDRAWN -> badge.getElement().getThemeList().add("contrast");
            default -> { }
        }
        return badge;
    }

    static String symbol(AmendmentState state) {
        return switch (state) {
            case OPEN -> "○";
            case ACCEPTED -> "✔";
            case REJECTED -> "✖";
            case WITHDRAWN -> "↩";
            case CONFLICTING -> "⚠";
        };
    }

    /** "▲1 ▼2" for tables, with the words as tooltip and for screen readers. */
    static Span compactSupport(Amendment a) {
        Span span = new Span("▲" + a.supports() + " ▼" + a.opposes());
        String words = Translations.t("amendment.supports", a.supports()) + ", "
                + Translations.t("amendment.opposes", a.opposes());
        span.getElement().setAttribute("aria-label", words);
        span.getElement().setAttribute("title", words);
        return span;
    }

    /** "▲ 2 in support · ▼ 1 opposed", read out in full. */
    static Span support(Amendment a) {
        String text = "▲ " + Translations.t("amendment.supports", a.supports()) + " · ▼ "
                + Translations.t("amendment.opposes", a.opposes());
        Span span = new Span(text);
        span.addClassName("cw-amendment-support");
        span.getElement().setAttribute("aria-label", Translations.t("amendment.supports", a.supports()) + ", "
                + Translations.t("amendment.opposes", a.opposes()));
        return span;
    }
}
