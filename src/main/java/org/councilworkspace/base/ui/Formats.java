package org.councilworkspace.base.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times in the user's language and the browser's time zone. */
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

    public static String term(LocalDate start, LocalDate end) {
        return end == null ? Translations.t("council.term.open-ended", date(start)) : date(start) + " – " + date(end);
    }
}
