package org.councilworkspace.meeting.ui;

import org.councilworkspace.meeting.AgendaLink;

/**
 * Where an agenda or decision link leads: a small route that asks the link's resolver for the target's page,
 * so kinds added by other features open their own pages.
 */
final class LinkPaths {

    private LinkPaths() {
    }

    static String path(long meetingId, AgendaLink link) {
        return "meetings/" + meetingId + "/links/" + link.kind().name() + "/" + link.targetId();
    }
}
