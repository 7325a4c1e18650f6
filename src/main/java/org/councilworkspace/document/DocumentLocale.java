package org.councilworkspace.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.councilworkspace.base.Messages;

/**
 * The language and time zone a document is made in: its labels come from the translated bundles, its dates
 * are written the way that language writes them. Dates go through {@link #date} and {@link #dateTime} only, so
 * a council's own calendar (Buddhist Era, Japanese era) can be applied in one place.
 */
public record DocumentLocale(Locale locale, ZoneId zone) {

    public String t(String key, Object... args) {
        return Messages.get(key, locale, args);
    }

    public String languageTag() {
        return locale.toLanguageTag();
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    public String date(OffsetDateTime time) {
        return date(time.atZoneSameInstant(zone).toLocalDate());
    }

    public String dateTime(OffsetDateTime time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(time.atZoneSameInstant(zone));
    }
}
