package org.councilworkspace.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.councilworkspace.base.InvalidInputException;

/** Small helpers for translated text outside a component (enum labels, service messages). */
public final class Translations {

    private Translations() {
    }

    public static String t(String key, Object... args) {
        return I18NProvider.translate(key, args);
    }

    /** "kind.HUB_INSTITUTE"-style label for an enum value. */
    public static String label(Enum<?> value) {
        return value == null ? "" : t(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public static String message(InvalidInputException e) {
        return t(e.messageKey(), e.args());
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
