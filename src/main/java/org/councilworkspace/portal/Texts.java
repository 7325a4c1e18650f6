package org.councilworkspace.portal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.councilworkspace.base.Messages;

/**
 * The translated text and the dates of one page, for the templates ({@code t.get('key')}). Dates are shown in the
 * council's own time zone setting of the server, written out in the reader's language, since a reader has no account
 * whose time zone we could know.
 */
public final class Texts {

    private final PortalLanguage language;
    private final ZoneId zone;

    Texts(PortalLanguage language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
    }

    public String get(String key, Object... args) {
        return Messages.get(key, language.locale(), args);
    }

    /** The label of an enum value: the shared {@code Type.VALUE} key, or the consultation's own {@code consultation.Type.VALUE}. */
    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return Messages.find(key, language.locale()).orElseGet(() -> get("consultation." + key));
    }

    public String date(OffsetDateTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale())
                .format(time.atZoneSameInstant(zone));
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale()).format(time.atZoneSameInstant(zone));
    }

    public String day(java.time.LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    public String zone() {
        return zone.getId();
    }

    Locale locale() {
        return language.locale();
    }
}
