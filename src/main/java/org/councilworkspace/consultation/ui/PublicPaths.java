package org.councilworkspace.consultation.ui;

import org.councilworkspace.base.ui.Translations;

/**
 * Addresses of the consultation pages: the public ones are on the portal, in the language the member reads the
 * workspace in (the portal offers the others); the council-side ones are workspace routes.
 */
public final class PublicPaths {

    private PublicPaths() {
    }

    public static String rounds() {
        return portal() + "/consultations";
    }

    public static String round(long roundId) {
        return portal() + "/consultations/" + roundId;
    }

    public static String invited(String token) {
        return portal() + "/consultations/invited/" + token;
    }

    public static String results(long roundId) {
        return portal() + "/consultations/" + roundId + "/results";
    }

    public static String councilRounds(long councilId) {
        return "councils/" + councilId + "/consultations";
    }

    public static String manage(long roundId) {
        return "consultations/" + roundId;
    }

    private static String portal() {
        String language = Translations.locale().getLanguage();
        return "/public/" + (language.equals("ja") || language.equals("th") ? language : "en");
    }
}
