package org.councilworkspace.implementation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilworkspace.base.Messages;

/**
 * The columns of the register import template. Each has a stable code (the template's second header row, the same in
 * every language, so a file made in Thai imports for a Japanese secretariat) and a label in each language; a header
 * row may use either.
 */
enum ImportColumn {
    SECTION, MEASURE, DESCRIPTION, LEAD_AGENCY, CO_AGENCIES, STARTS_ON, ENDS_ON, STATUS, STATUS_REASON, KPI, UNIT,
    BASELINE_YEAR, BASELINE_VALUE, DIRECTION, FREQUENCY, DATA_SOURCE, TARGETS;

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.JAPANESE, Locale.forLanguageTag("th"));

    private static final Map<String, ImportColumn> WORDS = new HashMap<>();

    static {
        for (ImportColumn column : values()) {
            WORDS.put(column.code(), column);
            for (Locale locale : LANGUAGES) {
                WORDS.putIfAbsent(normal(column.label(locale)), column);
            }
        }
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String labelKey() {
        return "implementation.import.col." + code().replace('_', '-');
    }

    String label(Locale locale) {
        return Messages.get(labelKey(), locale);
    }

    boolean kpiColumn() {
        return ordinal() >= KPI.ordinal();
    }

    /** The column a header cell names, by code or by label in any of the app's languages; null if none. */
    static ImportColumn named(String header) {
        return header == null ? null : WORDS.get(normal(header));
    }

    /** Case, width (full-width letters of a Japanese keyboard) and surrounding spaces do not matter. */
    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /** An enum value by its code or its label in any of the app's languages ("Delayed", "遅延", "DELAYED"). */
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        String wanted = normal(text);
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(wanted.replace(' ', '_').replace('-', '_'))) {
                return value;
            }
            for (Locale locale : LANGUAGES) {
                String label = Messages.get(type.getSimpleName() + "." + value.name(), locale);
                if (normal(label).equals(wanted)) {
                    return value;
                }
            }
        }
        return null;
    }
}
