package org.councilworkspace.base.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.CalendarSystem;

/**
 * Dates and times in the user's language and the browser's time zone; a council's own dates (its meetings, rounds,
 * versions) also in the council's calendar, through the shared {@link CalendarDates}.
 */
public final class Formats {

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Translations.locale()).format(date);
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Translations.locale()).format(time.atZoneSameInstant(UserZone.zone()));
    }

    /** The formatter for this page's reader and a council's calendar: make one per page, not one per cell. */
    public static CalendarDates dates(CalendarSystem calendar) {
        return new CalendarDates(Translations.locale(), calendar, UserZone.zone());
    }

    public static String date(LocalDate date, CalendarSystem calendar) {
        return dates(calendar).shortDate(date);
    }

    public static String dateTime(OffsetDateTime time, CalendarSystem calendar) {
        return dates(calendar).dateTime(time);
    }

    public static String term(LocalDate start, LocalDate end) {
        return end == null ? Translations.t("council.term.open-ended", date(start)) : date(start) + " – " + date(end);
    }

    /** A council's term in its calendar: "1 ม.ค. พ.ศ. 2570 – 31 ธ.ค. พ.ศ. 2574". */
    public static String term(LocalDate start, LocalDate end, CalendarSystem calendar) {
        CalendarDates dates = dates(calendar);
        return end == null ? Translations.t("council.term.open-ended", dates.shortDate(start))
                : dates.shortDate(start) + " – " + dates.shortDate(end);
    }
}
