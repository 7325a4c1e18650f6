package org.councilworkspace.meeting;

import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * The reader's language for printed agendas: translated labels by key, times formatted in their locale and
 * zone, and the language tag for the document.
 */
public record PrintLabels(Function<String, String> text, Function<OffsetDateTime, String> time, String languageTag) {

    String t(String key) {
        return text.apply(key);
    }
}
