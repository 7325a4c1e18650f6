package org.councilworkspace.plan.ui;

/** Addresses of the plan pages. */
public final class PlanPaths {

    private PlanPaths() {
    }

    public static String plans(long councilId) {
        return "councils/" + councilId + "/plans";
    }

    public static String plan(long planId) {
        return "plans/" + planId;
    }

    public static String section(long planId, long sectionId) {
        return "plans/" + planId + "/sections/" + sectionId;
    }

    public static String versions(long planId) {
        return "plans/" + planId + "/versions";
    }

    public static String version(long planId, long versionId) {
        return "plans/" + planId + "/versions/" + versionId;
    }

    public static String compare(long planId, long fromVersionId, long toVersionId) {
        return "plans/" + planId + "/compare/" + fromVersionId + "/" + toVersionId;
    }
}
