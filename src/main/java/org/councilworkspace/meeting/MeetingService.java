package org.councilworkspace.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.meeting.MeetingAccess.MeetingContext;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calling meetings, invitations and answers, attendance, and the council's notice period. */
@Service
@Transactional
public class MeetingService {

    static final Duration LONGEST_MEETING = Duration.ofDays(3);

    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final AccessGuard guard;
    private final CouncilService councils;
    private final CouncilPlans plans;
    private final AgendaTemplateService agendaTemplates;
    private final AgendaRepository agendaItems;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, MeetingAccess access, AccessGuard guard, CouncilService councils,
                   CouncilPlans plans, AgendaTemplateService agendaTemplates, AgendaRepository agendaItems,
                   ApplicationEventPublisher events, Clock clock) {
        this.agendaTemplates = agendaTemplates;
        this.agendaItems = agendaItems;
        this.meetings = meetings;
        this.access = access;
        this.guard = guard;
        this.councils = councils;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    public long createMeeting(long councilId, NewMeeting input) {
        return createMeeting(councilId, input, null);
    }

    /** Calls a meeting whose agenda starts with the items of the council's template (an empty agenda for null). */
    public long createMeeting(long councilId, NewMeeting input, AgendaTemplate template) {
        CouncilMember me = guard.require(councilId, CouncilAction.MANAGE_MEETINGS);
        NewMeeting meeting = validate(councilId, input);
        List<TemplateItem> items = template == null ? List.of() : agendaTemplates.itemsFor(councilId, template);
        long id = meetings.insert(councilId, meeting, me.actor().id(), OffsetDateTime.now(clock));
        meetings.invite(id, meeting.inviteeIds());
        items.forEach(i -> agendaItems.insert(id, new NewAgendaItem(i.title(), i.minutesAllotted(), null, i.purpose(),
                null), null));
        publish(me.actor(), councilId, "MEETING_CREATED", id, meeting.kind() + " " + meeting.title() + " at "
                + meeting.startsAt() + ", " + meeting.inviteeIds().size() + " invited" + (items.isEmpty() ? ""
                : ", agenda of " + items.size() + " item(s) from a template"));
        return id;
    }

    /**
     * Changes the meeting's details; people already invited stay invited, new ones are added. Once the minutes are
     * approved the details are part of the record and no longer change.
     */
    public void updateMeeting(long meetingId, NewMeeting input, int expectedVersion) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.MANAGE_MEETINGS).requireOpenMinutes();
        long councilId = context.meeting().councilId();
        NewMeeting meeting = validate(councilId, input);
        if (!meetings.update(meetingId, meeting, expectedVersion)) {
            throw new ConcurrentChangeException("Meeting");
        }
        meetings.invite(meetingId, meeting.inviteeIds());
        publish(context.member().actor(), councilId, "MEETING_CHANGED", meetingId, meeting.title() + " at "
                + meeting.startsAt());
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings(long councilId, boolean upcoming, int offset, int limit) {
        guard.require(councilId, CouncilAction.READ);
        return meetings.ofCouncil(councilId, upcoming, OffsetDateTime.now(clock), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countMeetings(long councilId, boolean upcoming) {
        guard.require(councilId, CouncilAction.READ);
        return meetings.countOfCouncil(councilId, upcoming, OffsetDateTime.now(clock));
    }

    @Transactional(readOnly = true)
    public Meeting meeting(long meetingId) {
        return access.meeting(meetingId, CouncilAction.READ).meeting();
    }

    @Transactional(readOnly = true)
    public List<Invitee> invitees(long meetingId) {
        Meeting meeting = meeting(meetingId);
        return meetings.invitees(meetingId, meeting.councilId());
    }

    /** The invited member's own answer; nobody answers for someone else. */
    public void respond(long meetingId, InvitationResponse response, String representative) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.READ);
        Actor me = context.member().actor();
        if (!meetings.inviteeIds(meetingId).contains(me.id())) {
            throw new AccessDeniedException("Only invited members answer an invitation");
        }
        if (response == null || response == InvitationResponse.PENDING) {
            throw new InvalidInputException("response", "validation.required");
        }
        String who = response == InvitationResponse.REPRESENTATIVE
                ? TextRules.requiredLine("representative", representative, 200) : null;
        meetings.respond(meetingId, me.id(), response, who, OffsetDateTime.now(clock));
        publish(me, context.meeting().councilId(), "INVITATION_ANSWERED", meetingId,
                response + (who == null ? "" : ": " + who));
    }

    /** Attendance is part of the minutes: it can no longer change once they are approved. */
    public void recordAttendance(long meetingId, long userId, boolean attended) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.MANAGE_MEETINGS).requireOpenMinutes();
        if (!meetings.recordAttendance(meetingId, userId, attended)) {
            throw new InvalidInputException("attendance", "meeting.not-invited");
        }
        publish(context.member().actor(), context.meeting().councilId(), "ATTENDANCE_RECORDED", meetingId,
                "user " + userId + (attended ? " present" : " absent"));
    }

    @Transactional(readOnly = true)
    public int noticeDays(long councilId) {
        guard.require(councilId, CouncilAction.READ);
        return meetings.noticeDays(councilId);
    }

    public void setNoticeDays(long councilId, Integer days) {
        CouncilMember me = guard.require(councilId, CouncilAction.MANAGE_MEETINGS);
        if (days == null || days < 0 || days > 90) {
            throw new InvalidInputException("noticeDays", "validation.range", 0, 90);
        }
        meetings.setNoticeDays(councilId, days);
        events.publishEvent(new MeetingChanged(me.actor().id(), me.actor().username(), councilId,
                "NOTICE_PERIOD_CHANGED", "COUNCIL", Long.toString(councilId), days + " day(s)"));
    }

    @Transactional(readOnly = true)
    public boolean mayManage(long councilId) {
        return guard.may(councilId, CouncilAction.MANAGE_MEETINGS);
    }

    /** Whether the meeting has started by the application's clock (its minutes can be approved from then on). */
    public boolean hasStarted(Meeting meeting) {
        return !meeting.startsAt().isAfter(OffsetDateTime.now(clock));
    }

    @Transactional(readOnly = true)
    public boolean mayApproveMinutes(long councilId) {
        return guard.may(councilId, CouncilAction.APPROVE_MINUTES);
    }

    /** The council's current members, any of whom can be invited. */
    @Transactional(readOnly = true)
    public List<Member> inviteCandidates(long councilId) {
        guard.require(councilId, CouncilAction.MANAGE_MEETINGS);
        return councils.currentMembers(councilId);
    }

    /** The council's frozen plan versions a meeting can discuss, newest first per plan. */
    @Transactional(readOnly = true)
    public List<VersionChoice> versionChoices(long councilId) {
        guard.require(councilId, CouncilAction.READ);
        return plans.versions(councilId).stream().map(v -> new VersionChoice(v.version().id(),
                v.plan().title() + " · " + v.version().label())).toList();
    }

    /** A plan version offered for a meeting. */
    public record VersionChoice(long id, String label) {
    }

    private NewMeeting validate(long councilId, NewMeeting m) {
        if (m.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        String title = TextRules.requiredLine("title", m.title(), 300);
        if (m.startsAt() == null) {
            throw new InvalidInputException("startsAt", "validation.required");
        }
        if (m.endsAt() == null || !m.endsAt().isAfter(m.startsAt())) {
            throw new InvalidInputException("endsAt", "meeting.end-after-start");
        }
        if (Duration.between(m.startsAt(), m.endsAt()).compareTo(LONGEST_MEETING) > 0) {
            throw new InvalidInputException("endsAt", "meeting.too-long");
        }
        String place = optionalLine("place", m.place(), 300);
        String link = optionalLine("onlineLink", m.onlineLink(), 500);
        if (link != null && !link.matches("https?://[^\\s<>\"]+")) {
            throw new InvalidInputException("onlineLink", "meeting.link-url");
        }
        if (m.planVersionId() != null && plans.version(councilId, m.planVersionId()).isEmpty()) {
            throw new InvalidInputException("planVersion", "meeting.version-other-council");
        }
        LocalDate today = LocalDate.now(clock);
        Set<Long> members = councils.currentMembers(councilId).stream().filter(x -> x.current(today))
                .map(Member::userId).collect(Collectors.toSet());
        Set<Long> invited = new TreeSet<>(m.inviteeIds() == null ? Set.of() : m.inviteeIds());
        if (!members.containsAll(invited)) {
            throw new InvalidInputException("invitees", "meeting.invitee-not-member");
        }
        return new NewMeeting(m.kind(), title, m.startsAt(), m.endsAt(), place, link, m.planVersionId(), invited);
    }

    static String optionalLine(String field, String value, int max) {
        return value == null || value.isBlank() ? null : TextRules.requiredLine(field, value, max);
    }

    private void publish(Actor actor, long councilId, String action, long meetingId, String summary) {
        events.publishEvent(new MeetingChanged(actor.id(), actor.username(), councilId, action, "MEETING",
                Long.toString(meetingId), summary));
    }
}
