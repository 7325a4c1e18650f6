package org.councilworkspace.council.ui;

/** Addresses of a council's pages, in one place. */
public final class CouncilPaths {

    private CouncilPaths() {
    }

    public static String home(long councilId) {
        return "councils/" + councilId;
    }

    public static String members(long councilId) {
        return "councils/" + councilId + "/members";
    }

    /** The member import page (of the memberimport feature, which builds on this one). */
    public static String memberImport(long councilId) {
        return "councils/" + councilId + "/members/import";
    }

    /** The page that invites one member by e-mail (of the memberimport feature, too). */
    public static String memberInvite(long councilId) {
        return "councils/" + councilId + "/members/invite";
    }
}
