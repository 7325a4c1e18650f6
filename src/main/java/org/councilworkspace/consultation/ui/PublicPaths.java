package org.councilworkspace.consultation.ui;

/** Addresses of the consultation pages, public and council-side. */
public final class PublicPaths {

    private PublicPaths() {
    }

    public static String rounds() {
        return "consult";
    }

    public static String round(long roundId) {
        return "consult/" + roundId;
    }

    public static String invited(String token) {
        return "consult/invited/" + token;
    }

    public static String results(long roundId) {
        return "consult/" + roundId + "/results";
    }

    public static String councilRounds(long councilId) {
        return "councils/" + councilId + "/consultations";
    }

    public static String manage(long roundId) {
        return "consultations/" + roundId;
    }
}
