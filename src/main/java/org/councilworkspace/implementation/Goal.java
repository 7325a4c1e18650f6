package org.councilworkspace.implementation;

import java.util.Locale;

/**
 * A goal (or an SDG target, whose parent is its goal) of one of a plan's frameworks, with its title in each language
 * the app speaks; a title missing in one language is shown in English.
 */
public record Goal(long id, long frameworkId, Long parentId, String code, String titleEn, String titleJa,
                   String titleTh) {

    public String title(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        String title = switch (language) {
            case "ja" -> titleJa;
            case "th" -> titleTh;
            default -> titleEn;
        };
        return title == null || title.isBlank() ? titleEn : title;
    }

    /** The code and the title, as lists and choices show a goal: "7.2 By 2030, increase substantially …". */
    public String label(Locale locale) {
        return code + " " + title(locale);
    }

    public boolean target() {
        return parentId != null;
    }
}
