package org.councilworkspace.meeting.ui;

import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.meeting.AgendaTemplate;

/** How a template is named on screen: a built-in by its name in the reader's language, marked once the council edited it. */
final class TemplateLabels {

    private TemplateLabels() {
    }

    static String name(AgendaTemplate template) {
        if (template.builtin() == null) {
            return template.name();
        }
        String name = Translations.t("meeting.template.name." + template.builtin().name());
        return template.id() == null ? name : Translations.t("meeting.templates.edited-builtin", name);
    }
}
