package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.councilworkspace.base.ui.Formats;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consultation.RoundHistoryEntry;

/**
 * A round's repairs on the record, one line each: "Reopened on … until …: reason". Reasons are set as text, so
 * whatever the secretariat typed is shown, never interpreted. Members also see who acted.
 */
final class RoundHistoryLines {

    private RoundHistoryLines() {
    }

    static Div of(List<RoundHistoryEntry> entries) {
        Div lines = new Div();
        lines.setId("round-history");
        lines.addClassName("cw-round-history");
        lines.setVisible(!entries.isEmpty());
        for (RoundHistoryEntry e : entries) {
            String line = e.kind() == RoundHistoryEntry.Kind.REOPENED
                    ? Translations.t("consultation.history.reopened", Formats.dateTime(e.at()),
                            Formats.dateTime(e.newClosesAt()), e.reason())
                    : Translations.t("consultation.history.closed-early", Formats.dateTime(e.at()),
                            Formats.dateTime(e.previousClosesAt()), e.reason());
            if (e.actorName() != null) {
                line = line + " " + Translations.t("consultation.history.by", e.actorName());
            }
            lines.add(new Paragraph(line));
        }
        return lines;
    }
}
