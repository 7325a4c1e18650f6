package org.councilworkspace.base;

import java.util.List;
import java.util.Locale;

/** The languages the interface is translated into. */
public final class SupportedLocales {

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.JAPANESE, Locale.forLanguageTag("th"));

    private SupportedLocales() {
    }

    public static boolean isSupported(String tag) {
        return tag != null && ALL.stream().anyMatch(l -> l.toLanguageTag().equals(tag));
    }

    public static Locale of(String tag) {
        return isSupported(tag) ? Locale.forLanguageTag(tag) : Locale.ENGLISH;
    }
}
