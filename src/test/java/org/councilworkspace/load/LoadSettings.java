package org.councilworkspace.load;

import java.util.Arrays;
import java.util.List;

/** A run's settings, from {@code -Dload.*} system properties, with the defaults that match the demo data. */
record LoadSettings(String mode, String baseUrl, int users, int rampSeconds, int durationSeconds, int holdSeconds,
                    int thinkMinMillis, int thinkMaxMillis, boolean push, String appPid, long planId,
                    List<Long> sections, List<String> accounts, String password) {

    /** After holding, how long the members stay signed in with their tabs closed (the heap is measured then). */
    static final int IDLE_SECONDS = 40;
    /** Sign-outs are spread over this many seconds, as people leave; 200 in one instant are no one's day. */
    static final int SIGN_OUT_SPREAD_SECONDS = 20;

    static LoadSettings fromSystemProperties() {
        String mode = System.getProperty("load.mode", "load");
        boolean soak = mode.equals("soak");
        return new LoadSettings(mode,
                trimSlash(System.getProperty("load.baseUrl", "http://localhost:8080")),
                Integer.getInteger("load.users", 200),
                Integer.getInteger("load.rampSeconds", 60),
                Integer.getInteger("load.durationSeconds", soak ? 1800 : 180),
                Integer.getInteger("load.holdSeconds", soak ? 0 : 60),
                Integer.getInteger("load.thinkMinMillis", 2000),
                Integer.getInteger("load.thinkMaxMillis", 5000),
                Boolean.parseBoolean(System.getProperty("load.push", "true")),
                System.getProperty("load.appPid", ""),
                Long.getLong("load.planId", 1),
                // Sections of the demo plan that have text (chapters have none).
                Arrays.stream(System.getProperty("load.sections", "2,3,4,6,7,8,10,11,12,13,14,16,17,19,20")
                        .split(",")).map(String::trim).map(Long::valueOf).toList(),
                // Voting members of the demo's automotive council, who may edit, comment and record positions.
                Arrays.stream(System.getProperty("load.accounts",
                                "somchai,chaiwat,kittisak,nattaya,siriporn,wichai,tanaka,supaporn,arunee,prasert")
                        .split(",")).map(String::trim).toList(),
                System.getProperty("load.password", "council-demo-2027"));
    }

    boolean soak() {
        return mode.equals("soak");
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
