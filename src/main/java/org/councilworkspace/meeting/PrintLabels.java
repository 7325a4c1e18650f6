package org.councilworkspace.meeting;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Function;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.Messages;
import org.councilworkspace.council.CouncilLanguage;

/**
 * The language of printed agendas and packs: translated labels by key, times formatted in that language, a zone and
 * a calendar, and the language tag for the document.
 */
public record PrintLabels(Function<String, String> text, Function<OffsetDateTime, String> time, String languageTag) {

    /** In the council's language and calendar, with times in the reader's zone. */
    public static PrintLabels of(CouncilLanguage council, ZoneId zone) {
        CalendarDates dates = council.dates(zone);
        return new PrintLabels(key -> Messages.get(key, dates.locale()), dates::dateTime, council.languageTag());
    }

    String t(String key) {
        return text.apply(key);
    }
}
