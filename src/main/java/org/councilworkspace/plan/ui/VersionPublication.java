package org.councilworkspace.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.OffsetDateTime;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.ui.FinalAction;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Notifications;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.plan.Plan;
import org.councilworkspace.plan.PlanVersionInfo;

/** A version's place on the public portal: published (with a link), or a Publish button for those who manage. */
final class VersionPublication {

    private VersionPublication() {
    }

    static Component cell(PlanVersionInfo v, Plan plan, OffsetDateTime publishedAt, boolean manager, Runnable publish,
                          Runnable reload) {
        if (publishedAt != null) {
            Anchor link = new Anchor("/public/" + portalLanguage() + "/versions/" + v.id(),
                    Translations.t("versions.published-at", Formats.dateTime(publishedAt)));
            link.setId("version-public-" + v.id());
            return link;
        }
        if (!manager) {
            return new Span(Translations.t("versions.not-public"));
        }
        Button button = new Button(Translations.t("versions.publish"), e -> FinalAction
                .ask(Translations.t("versions.publish-title", v.label(), plan.title()), Translations.t("versions.publish"))
                .consequence(Translations.t("versions.publish-public"))
                .consequence(Translations.t("versions.publish-final"))
                .consequence(Translations.t("versions.publish-recorded"))
                .openAndClose(reason -> {
                    try {
                        publish.run();
                        Notifications.success(Translations.t("versions.published", v.label()));
                        reload.run();
                    } catch (InvalidInputException ex) {
                        Notifications.error(Translations.message(ex));
                    }
                }));
        button.setId("publish-version-" + v.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static String portalLanguage() {
        String language = Translations.locale().getLanguage();
        return language.equals("ja") || language.equals("th") ? language : "en";
    }
}
