package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.meeting.ActionItem;

/** How an action item reads: overdue ones are marked with a symbol and a word, never by colour alone. */
final class ActionLabels {

    private ActionLabels() {
    }

    static Span line(ActionItem a, LocalDate today) {
        Span line = new Span(a.text() + " — " + a.ownerName() + " · " + Translations.t("meeting.action-due-on",
                Formats.date(a.dueDate())) + " · " + Translations.label(a.status()));
        if (a.overdue(today)) {
            line.add(overdue());
            line.addClassName("cw-overdue");
        }
        return line;
    }

    static Span overdue() {
        Span flag = new Span(" ⚠ " + Translations.t("meeting.action-overdue"));
        flag.addClassName("cw-overdue-flag");
        return flag;
    }
}
