package org.councilworkspace.meeting;

import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.stereotype.Component;

/** Resolves a meeting to its council and applies the council's permission rules to it. */
@Component
class MeetingAccess {

    record MeetingContext(Meeting meeting, CouncilMember member) {

        boolean manages() {
            return member.may(CouncilAction.MANAGE_MEETINGS);
        }

        /** Those who run meetings and the chair see minutes before they are released. */
        boolean seesDraftMinutes() {
            return manages() || member.may(CouncilAction.APPROVE_MINUTES);
        }
    }

    private final AccessGuard guard;
    private final MeetingRepository meetings;

    MeetingAccess(AccessGuard guard, MeetingRepository meetings) {
        this.guard = guard;
        this.meetings = meetings;
    }

    MeetingContext meeting(long meetingId, CouncilAction action) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> new NotFoundException("Meeting"));
        return new MeetingContext(meeting, guard.require(meeting.councilId(), action));
    }
}
