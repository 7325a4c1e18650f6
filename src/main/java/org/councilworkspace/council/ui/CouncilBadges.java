package org.councilworkspace.council.ui;

import com.vaadin.flow.component.html.Span;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.security.CouncilRole;

/** Role labels as badges: always text, so colour is never the only signal. */
final class CouncilBadges {

    private CouncilBadges() {
    }

    static Span role(CouncilRole role) {
        Span badge = new Span(Translations.label(role));
        badge.getElement().getThemeList().add("badge");
        if (role == CouncilRole.CHAIR || role == CouncilRole.VICE_CHAIR) {
            badge.getElement().getThemeList().add("success");
        } else if (role == CouncilRole.OBSERVER) {
            badge.getElement().getThemeList().add("contrast");
        }
        badge.addClassName("cw-role-badge");
        return badge;
    }
}
