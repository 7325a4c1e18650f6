package org.councilworkspace.implementation.ui;

/** Addresses of the implementation register's pages. */
public final class ImplementationPaths {

    private ImplementationPaths() {
    }

    public static String register(long councilId) {
        return "councils/" + councilId + "/implementation";
    }

    public static String register(long councilId, long planId) {
        return register(councilId) + "?plan=" + planId;
    }

    public static String report(long reportId) {
        return "reports/" + reportId;
    }

    public static String measure(long measureId) {
        return "measures/" + measureId;
    }
}
