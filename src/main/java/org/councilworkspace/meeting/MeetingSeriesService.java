package org.councilworkspace.meeting;

import static org.councilworkspace.db.Tables.MEETING;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.meeting.MeetingAccess.MeetingContext;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meeting series: recurring meetings made by an iCalendar rule, one at a time, each with the series' default agenda
 * and the follow-ups of what is still open (see {@link SeriesFollowUps}). Only those who call the council's meetings
 * make series and their meetings; every member of the council reads them.
 */
@Service
@Transactional
public class MeetingSeriesService {

    /** How many occurrences a preview or the series page shows ahead. */
    public static final int PREVIEW = 6;

    private final SeriesRepository series;
    private final MeetingRepository meetingRows;
    private final MeetingService meetings;
    private final AgendaTemplateService templates;
    private final SeriesFollowUps followUps;
    private final MeetingAccess access;
    private final AccessGuard guard;
    private final CouncilService councils;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingSeriesService(SeriesRepository series, MeetingRepository meetingRows, MeetingService meetings,
                         AgendaTemplateService templates, SeriesFollowUps followUps, MeetingAccess access,
                         AccessGuard guard, CouncilService councils, ApplicationEventPublisher events, Clock clock) {
        this.series = series;
        this.meetingRows = meetingRows;
        this.meetings = meetings;
        this.templates = templates;
        this.followUps = followUps;
        this.access = access;
        this.guard = guard;
        this.councils = councils;
        this.events = events;
        this.clock = clock;
    }

    /** Makes a series; its meetings are then made with {@link #createNextMeeting}. */
    public long createSeries(long councilId, NewSeries input) {
        CouncilMember me = guard.require(councilId, CouncilAction.MANAGE_MEETINGS);
        NewSeries s = validate(input);
        if (s.template() != null) {
            // Refuses another council's template or one that no longer exists, as a single meeting does.
            templates.itemsFor(councilId, s.template());
        }
        long id = series.insert(councilId, s, me.actor().id(), OffsetDateTime.now(clock));
        events.publishEvent(new MeetingChanged(me.actor().id(), me.actor().username(), councilId, "SERIES_CREATED",
                "MEETING_SERIES", Long.toString(id), s.title() + ": " + s.rrule() + " from " + s.firstDate() + " at "
                + s.startTime() + " " + s.zone().getId() + ", " + s.durationMinutes() + " min"));
        return id;
    }

    /** The first occurrences of a rule as entered, so the secretariat sees what it means before saving it. */
    @Transactional(readOnly = true)
    public List<ZonedDateTime> preview(long councilId, String rrule, LocalDate firstDate, LocalTime time,
                                       ZoneId zone) {
        guard.require(councilId, CouncilAction.MANAGE_MEETINGS);
        if (firstDate == null || time == null || zone == null) {
            throw new InvalidInputException(firstDate == null ? "firstDate" : time == null ? "startTime" : "zone",
                    "validation.required");
        }
        return Recurrence.parse(rrule).occurrences(firstDate, time, zone, PREVIEW);
    }

    @Transactional(readOnly = true)
    public List<MeetingSeries> seriesOfCouncil(long councilId) {
        guard.require(councilId, CouncilAction.READ);
        return series.ofCouncil(councilId);
    }

    @Transactional(readOnly = true)
    public MeetingSeries series(long seriesId) {
        MeetingSeries s = series.find(seriesId).orElseThrow(() -> new NotFoundException("Meeting series"));
        guard.require(s.councilId(), CouncilAction.READ);
        return s;
    }

    /** The series a meeting was made from, if any. */
    @Transactional(readOnly = true)
    public Optional<MeetingSeries> seriesOfMeeting(long meetingId) {
        access.meeting(meetingId, CouncilAction.READ);
        return Optional.ofNullable(series.seriesOf(List.of(meetingId)).get(meetingId)).flatMap(series::find);
    }

    /** The series' meetings made so far, newest first. */
    @Transactional(readOnly = true)
    public List<Meeting> meetings(long seriesId) {
        series(seriesId);
        return meetingRows.matching(MEETING.SERIES_ID.eq(seriesId), 500);
    }

    /** The occurrences not yet made into meetings, soonest first (empty once the rule has run out). */
    @Transactional(readOnly = true)
    public List<ZonedDateTime> comingOccurrences(long seriesId) {
        MeetingSeries s = series(seriesId);
        Instant after = lastMade(seriesId);
        return Recurrence.parse(s.rrule()).occurrences(s.firstDate(), s.startTime(), s.zone(), 4096).stream()
                .filter(o -> after == null || o.toInstant().isAfter(after)).limit(PREVIEW).toList();
    }

    /**
     * Makes the series' next meeting: the occurrence after the latest one made, with every current member invited,
     * the series' default agenda, and the follow-ups proposed on it. Refused once the rule has no occurrence left.
     */
    public long createNextMeeting(long seriesId) {
        MeetingSeries s = series.find(seriesId).orElseThrow(() -> new NotFoundException("Meeting series"));
        guard.require(s.councilId(), CouncilAction.MANAGE_MEETINGS);
        Instant after = lastMade(seriesId);
        Recurrence rule = Recurrence.parse(s.rrule());
        ZonedDateTime occurrence = (after == null
                ? rule.occurrences(s.firstDate(), s.startTime(), s.zone(), 1).stream().findFirst()
                : rule.next(s.firstDate(), s.startTime(), s.zone(), after))
                .orElseThrow(() -> new InvalidInputException("series", "meeting.series.ended"));
        OffsetDateTime start = occurrence.toOffsetDateTime();
        LocalDate today = LocalDate.now(clock);
        Set<Long> invited = councils.currentMembers(s.councilId()).stream().filter(m -> m.current(today))
                .map(Member::userId).collect(Collectors.toSet());
        long meetingId = meetings.createMeeting(s.councilId(), new NewMeeting(s.kind(), s.title() + " "
                + occurrence.toLocalDate(), start, start.plusMinutes(s.durationMinutes()), s.place(), s.onlineLink(),
                null, invited), template(s));
        series.attach(meetingId, seriesId, start);
        followUps.propose(s, meetingId, start);
        return meetingId;
    }

    /** The follow-up items on a meeting's agenda, by agenda item id, for whoever may read the meeting. */
    @Transactional(readOnly = true)
    public Map<Long, FollowUpItem> followUps(long meetingId) {
        access.meeting(meetingId, CouncilAction.READ);
        return followUps.ofMeeting(meetingId);
    }

    /** The chair or secretariat keeps a proposed follow-up on the agenda. */
    public void keepFollowUp(long agendaItemId) {
        followUps.keep(agendaItemId);
    }

    /** The chair or secretariat drops a proposed follow-up; it stays on record as removed. */
    public void dropFollowUp(long agendaItemId) {
        followUps.drop(agendaItemId);
    }

    /** An action item and the meetings that discussed it; "not found" for an item the caller may not see. */
    @Transactional(readOnly = true)
    public ActionTrail trail(long actionId) {
        return followUps.trail(actionId);
    }

    @Transactional(readOnly = true)
    public boolean mayManage(long councilId) {
        return guard.may(councilId, CouncilAction.MANAGE_MEETINGS);
    }

    /**
     * The series' default agenda, or the council's usual template once the council has removed the chosen one: a
     * removed template must not stop the series.
     */
    private AgendaTemplate template(MeetingSeries s) {
        if (s.template() == null) {
            return null;
        }
        boolean exists = templates.templates(s.councilId()).stream().anyMatch(t -> t.sameAs(s.template()));
        return exists ? s.template() : templates.defaultTemplate(s.councilId());
    }

    private Instant lastMade(long seriesId) {
        List<OffsetDateTime> made = series.occurrences(seriesId);
        return made.isEmpty() ? null : made.get(made.size() - 1).toInstant();
    }

    private static NewSeries validate(NewSeries s) {
        String title = TextRules.requiredLine("title", s.title(), 250);
        if (s.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        if (s.firstDate() == null) {
            throw new InvalidInputException("firstDate", "validation.required");
        }
        if (s.startTime() == null) {
            throw new InvalidInputException("startTime", "validation.required");
        }
        if (s.durationMinutes() == null || s.durationMinutes() < 1
                || s.durationMinutes() > MeetingService.LONGEST_MEETING.toMinutes()) {
            throw new InvalidInputException("duration", "validation.range", 1,
                    MeetingService.LONGEST_MEETING.toMinutes());
        }
        if (s.zone() == null) {
            throw new InvalidInputException("zone", "validation.required");
        }
        Recurrence rule = Recurrence.parse(s.rrule());
        if (rule.occurrences(s.firstDate(), s.startTime(), s.zone(), 1).isEmpty()) {
            throw new InvalidInputException(Recurrence.FIELD, "meeting.series.rrule-empty");
        }
        String place = MeetingService.optionalLine("place", s.place(), 300);
        String link = MeetingService.optionalLine("onlineLink", s.onlineLink(), 500);
        if (link != null && !link.matches("https?://[^\\s<>\"]+")) {
            throw new InvalidInputException("onlineLink", "meeting.link-url");
        }
        return new NewSeries(title, s.kind(), s.rrule().strip().toUpperCase(java.util.Locale.ROOT).replaceFirst(
                "^RRULE:", ""), s.firstDate(), s.startTime(), s.durationMinutes(), s.zone(), place, link,
                s.template());
    }
}
