package org.councilworkspace.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.NotesVersion;

/** Every saved version of one item's notes, newest first, with who saved it and when (like section revisions). */
final class NotesHistory {

    private NotesHistory() {
    }

    static void open(MinutesService minutes, AgendaItem item) {
        List<NotesVersion> history = minutes.notesHistory(item.id());
        Dialog dialog = new Dialog();
        dialog.setId("notes-history");
        dialog.setHeaderTitle(Translations.t("meeting.minutes-notes-history-of", item.title()));
        dialog.setWidth("40rem");
        if (history.isEmpty()) {
            dialog.add(new Paragraph(Translations.t("meeting.minutes-notes-history-none")));
        }
        for (NotesVersion v : history) {
            Div entry = new Div();
            entry.addClassName("cw-notes-version");
            Paragraph who = new Paragraph(v.savedAt() == null
                    ? Translations.t("meeting.minutes-notes-history-before", v.minutesVersion())
                    : Translations.t("meeting.minutes-notes-history-line", v.minutesVersion(), v.savedByName(),
                    Formats.dateTime(v.savedAt())));
            who.addClassName("cw-muted");
            Paragraph text = new Paragraph(v.notes() == null ? Translations.t("meeting.minutes-notes-history-empty")
                    : v.notes());
            text.addClassName("cw-preserve-lines");
            entry.add(who, text);
            dialog.add(entry);
        }
        Button close = new Button(Translations.t("action.close"), e -> dialog.close());
        close.setId("notes-history-close");
        dialog.getFooter().add(close);
        dialog.open();
        close.focus();
    }
}
