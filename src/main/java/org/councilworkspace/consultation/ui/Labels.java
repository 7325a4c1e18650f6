package org.councilworkspace.consultation.ui;

import org.councilworkspace.base.ui.Translations;

/** Labels of the consultation's own enums, kept in the consultation bundle under "consultation.". */
final class Labels {

    private Labels() {
    }

    static String of(Enum<?> value) {
        return value == null ? "" : Translations.t("consultation." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
