package org.councilworkspace.meeting;

import java.time.OffsetDateTime;
import org.councilworkspace.base.InvalidInputException;
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

        /** Before publication only those who run the council's meetings see the agenda. */
        boolean seesAgenda() {
            return manages() || meeting.agendaPublished() || meeting.minutesStatus() == MinutesStatus.PUBLISHED;
        }

        /** Those who run meetings and the chair see minutes before they are released. */
        boolean seesDraftMinutes() {
            return MeetingTexts.seesDraftMinutes(member.role());
        }

        /**
         * Approved minutes are the council's record: the agenda, attendance, notes, decisions and action items of
         * the meeting can then no longer change, only be corrected by a new version with a reason.
         */
        MeetingContext requireOpenMinutes() {
            if (meeting.minutesStatus() != MinutesStatus.DRAFT) {
                throw new InvalidInputException("minutes", "meeting.minutes-locked");
            }
            return this;
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

    /**
     * The meeting for changing its agenda (items, their order and their documents). Once the meeting has ended its
     * agenda is what was discussed: the minutes are still written on its items, but the items no longer change.
     */
    MeetingContext agendaEditable(long meetingId, OffsetDateTime now) {
        MeetingContext context = meeting(meetingId, CouncilAction.MANAGE_MEETINGS).requireOpenMinutes();
        if (!context.meeting().endsAt().isAfter(now)) {
            throw new InvalidInputException("agenda", "meeting.agenda-past");
        }
        return context;
    }

    /**
     * The meeting for someone who may read its draft minutes; for anyone else, member or not, the meeting is
     * "not found", the same answer as for an id that does not exist, so ids cannot be probed.
     */
    MeetingContext draftReader(long meetingId) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> new NotFoundException("Meeting"));
        MeetingContext context = guard.membership(meeting.councilId()).map(m -> new MeetingContext(meeting, m))
                .orElseThrow(() -> new NotFoundException("Meeting"));
        if (!context.seesDraftMinutes()) {
            throw new NotFoundException("Meeting");
        }
        return context;
    }
}
