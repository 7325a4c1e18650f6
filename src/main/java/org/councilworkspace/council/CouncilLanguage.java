package org.councilworkspace.council;

import java.time.ZoneId;
import java.util.Locale;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.CalendarSystem;

/** The language a council's documents are written in and the calendar its dates are counted in. */
public record CouncilLanguage(String languageTag, CalendarSystem calendar) {

    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }

    /** Dates for the council's own documents: its language and calendar, in the given zone. */
    public CalendarDates dates(ZoneId zone) {
        return new CalendarDates(locale(), calendar, zone);
    }

    /** Dates for a reader in another language: the council's calendar still counts the years. */
    public CalendarDates datesFor(Locale reader, ZoneId zone) {
        return new CalendarDates(reader, calendar, zone);
    }
}
