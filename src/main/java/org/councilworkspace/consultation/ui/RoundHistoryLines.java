package org.councilworkspace.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.ui.Translations;
import org.councilworkspace.consultation.RoundHistoryEntry;

/**
 * A round's repairs on the record, one line each: "Reopened on … until …: reason". Reasons are set as text, so
 * whatever the secretariat typed is shown, never interpreted. Members also see who acted.
 */
final class RoundHistoryLines {

    private RoundHistoryLines() {
    }

    /** With the times in the council's calendar, as the round's own page shows them. */
    static Div of(List<RoundHistoryEntry> entries, CalendarDates dates) {
        return of(entries, dates::dateTime);
    }

    private static Div of(List<RoundHistoryEntry> entries, Function<OffsetDateTime, String> time) {
        Div lines = new Div();
        lines.setId("round-history");
        lines.addClassName("cw-round-history");
        lines.setVisible(!entries.isEmpty());
        for (RoundHistoryEntry e : entries) {
            String line = e.kind() == RoundHistoryEntry.Kind.REOPENED
                    ? Translations.t("consultation.history.reopened", time.apply(e.at()),
                            time.apply(e.newClosesAt()), e.reason())
                    : Translations.t("consultation.history.closed-early", time.apply(e.at()),
                            time.apply(e.previousClosesAt()), e.reason());
            if (e.actorName() != null) {
                line = line + " " + Translations.t("consultation.history.by", e.actorName());
            }
            lines.add(new Paragraph(line));
        }
        return lines;
    }
}
