package org.councilworkspace.meeting.ui;

/** Addresses of the meeting pages. */
public final class MeetingPaths {

    private MeetingPaths() {
    }

    public static String meetings(long councilId) {
        return "councils/" + councilId + "/meetings";
    }

    public static String templates(long councilId) {
        return "councils/" + councilId + "/meetings/templates";
    }

    public static String series(long councilId) {
        return "councils/" + councilId + "/meetings/series";
    }

    public static String actionItem(long actionId) {
        return "action-items/" + actionId;
    }

    public static String meeting(long meetingId) {
        return "meetings/" + meetingId;
    }

    public static String actionItems() {
        return "action-items";
    }
}
