package org.councilworkspace.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Per session and tab: the user's remembered language, the browser's time zone for showing times,
 * and an error handler that tells the user something went wrong without showing internals.
 */
@Component
class ShellSetup implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ShellSetup.class);

    private final UserPreferences preferences;

    ShellSetup(UserPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            LOG.error("Unhandled error in the UI", error.getThrowable());
            if (UI.getCurrent() != null) {
                UI.getCurrent().access(() -> Notifications.error(Translations.t("error.unexpected")));
            }
        }));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            preferences.savedLocale().ifPresent(locale -> {
                ui.setLocale(locale);
                ui.getSession().setLocale(locale);
            });
            // The page names its language (the browser's, until now), so screen readers read Thai and Japanese as such.
            ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
            ui.getPage().retrieveExtendedClientDetails(details -> rememberZone(ui.getSession(), details.getTimeZoneId()));
        });
    }

    private static void rememberZone(VaadinSession session, String zoneId) {
        try {
            if (zoneId != null) {
                session.setAttribute(UserZone.ATTRIBUTE, ZoneId.of(zoneId));
            }
        } catch (RuntimeException e) {
            LOG.debug("Unknown browser time zone {}", zoneId);
        }
    }
}
