package org.councilworkspace.portal;

import java.util.List;
import java.util.Locale;
import org.councilworkspace.base.NotFoundException;

/** The portal's languages, named in the address ({@code /public/th/...}). */
enum PortalLanguage {
    EN(Locale.ENGLISH), JA(Locale.JAPANESE), TH(Locale.forLanguageTag("th"));

    private final Locale locale;

    PortalLanguage(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of an address; any other segment is a page that does not exist. */
    static PortalLanguage of(String code) {
        for (PortalLanguage l : values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw new NotFoundException("Language");
    }

    /** The first supported language the browser asks for, English when none. */
    static PortalLanguage preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                for (PortalLanguage l : values()) {
                    if (tag.equals(l.code()) || tag.startsWith(l.code() + "-")) {
                        return l;
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
        return EN;
    }

    static List<PortalLanguage> all() {
        return List.of(values());
    }
}
