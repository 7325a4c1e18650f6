package org.councilworkspace.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.meeting.MeetingAccess.MeetingContext;
import org.councilworkspace.meeting.SeriesRepository.TrailRow;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Follow-ups of a series: what a new meeting's agenda proposes (open action items of earlier meetings of the series,
 * and whatever the {@link FollowUpSource}s offer since the previous meeting), keeping or dropping each proposal, and an
 * action item's trail across the meetings that followed it up. Permission checks are made here, per meeting.
 */
@Component
class SeriesFollowUps {

    static final int FOLLOW_UP_MINUTES = 10;

    private final SeriesRepository series;
    private final AgendaRepository agenda;
    private final MinutesRepository minutes;
    private final MeetingAccess access;
    private final AccessGuard guard;
    // A provider: the sources read other features' repositories, so they are looked up when needed.
    private final ObjectProvider<FollowUpSource> sources;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SeriesFollowUps(SeriesRepository series, AgendaRepository agenda, MinutesRepository minutes, MeetingAccess access,
                    AccessGuard guard, ObjectProvider<FollowUpSource> sources, ApplicationEventPublisher events,
                    Clock clock) {
        this.series = series;
        this.agenda = agenda;
        this.minutes = minutes;
        this.access = access;
        this.guard = guard;
        this.sources = sources;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Proposes the follow-ups on a just-made meeting of the series. They go before the template's last item (the
     * "any other business" of every built-in order of business), or at the end of an agenda of one item or none.
     */
    void propose(MeetingSeries s, long meetingId, OffsetDateTime occurrence) {
        OffsetDateTime since = series.previousStart(s.id(), occurrence).orElse(null);
        List<FollowUp> proposals = new ArrayList<>(series.openActions(s.id(), meetingId));
        LocalDate today = LocalDate.now(clock);
        Set<String> seen = new HashSet<>();
        sources.orderedStream().flatMap(source -> source.followUps(s.councilId(), since, today).stream())
                .filter(f -> seen.add(f.kind() + ":" + f.targetId()))
                .forEach(proposals::add);
        List<AgendaItem> template = agenda.items(meetingId);
        int position = template.size() < 2 ? template.size() : template.size() - 1;
        if (template.size() >= 2) {
            agenda.setPosition(template.get(template.size() - 1).id(), position + proposals.size());
        }
        for (FollowUp f : proposals) {
            series.insertFollowUp(meetingId, position++, f, FOLLOW_UP_MINUTES);
        }
        Actor me = guard.requireActor();
        events.publishEvent(new MeetingChanged(me.id(), me.username(), s.councilId(), "SERIES_MEETING_CREATED",
                "MEETING", Long.toString(meetingId), s.title() + " at " + occurrence + ", " + proposals.size()
                + " follow-up(s) proposed"));
    }

    Map<Long, FollowUpItem> ofMeeting(long meetingId) {
        return series.followUps(meetingId);
    }

    void keep(long itemId) {
        FollowUpItem f = decidable(itemId);
        AgendaItem item = agenda.find(itemId).orElseThrow(() -> new NotFoundException("Agenda item"));
        MeetingContext context = access.meeting(item.meetingId(), CouncilAction.MANAGE_MEETINGS).requireOpenMinutes();
        if (!series.keep(itemId, item.version())) {
            throw new ConcurrentChangeException("Agenda item");
        }
        publish(context, "FOLLOW_UP_KEPT", f, item.title());
    }

    void drop(long itemId) {
        FollowUpItem f = decidable(itemId);
        AgendaItem item = agenda.find(itemId).orElseThrow(() -> new NotFoundException("Agenda item"));
        MeetingContext context = access.meeting(item.meetingId(), CouncilAction.MANAGE_MEETINGS).requireOpenMinutes();
        if (!agenda.remove(itemId, item.version())) {
            throw new ConcurrentChangeException("Agenda item");
        }
        publish(context, "FOLLOW_UP_DROPPED", f, item.title());
    }

    /**
     * The trail: the meeting that recorded the item, then every meeting whose agenda followed it up. The item is
     * shown to those who run the council's meetings, to its owner, and to the council once the minutes that recorded
     * it are published; each meeting's notes only to those who may read them there.
     */
    ActionTrail trail(long actionId) {
        ActionItem action = minutes.findAction(actionId).orElseThrow(() -> new NotFoundException("Action item"));
        CouncilMember me = guard.membership(action.councilId())
                .orElseThrow(() -> new NotFoundException("Action item"));
        boolean drafts = me.may(CouncilAction.MANAGE_MEETINGS) || me.may(CouncilAction.APPROVE_MINUTES);
        TrailRow origin = series.origin(action.agendaItemId()).orElseThrow(() -> new NotFoundException("Action item"));
        if (!me.may(CouncilAction.MANAGE_MEETINGS) && action.ownerId() != me.actor().id()
                && origin.minutes() != MinutesStatus.PUBLISHED) {
            throw new NotFoundException("Action item");
        }
        List<TrailEntry> entries = new ArrayList<>();
        entries.add(entry(origin, true, drafts));
        series.trail(actionId).forEach(row -> entries.add(entry(row, false, drafts)));
        return new ActionTrail(action, entries);
    }

    private static TrailEntry entry(TrailRow row, boolean origin, boolean drafts) {
        boolean notes = drafts || row.minutes() == MinutesStatus.PUBLISHED;
        return new TrailEntry(row.meetingId(), row.meetingTitle(), row.startsAt(), origin, row.itemTitle(),
                notes ? row.notes() : null);
    }

    private FollowUpItem decidable(long itemId) {
        AgendaItem item = agenda.find(itemId).orElseThrow(() -> new NotFoundException("Agenda item"));
        access.meeting(item.meetingId(), CouncilAction.MANAGE_MEETINGS);
        FollowUpItem f = series.followUps(item.meetingId()).get(itemId);
        if (f == null || f.kept()) {
            throw new InvalidInputException("followUp", "meeting.follow-up-decided");
        }
        return f;
    }

    private void publish(MeetingContext context, String action, FollowUpItem f, String title) {
        Actor actor = context.member().actor();
        events.publishEvent(new MeetingChanged(actor.id(), actor.username(), context.meeting().councilId(), action,
                "MEETING", Long.toString(context.meeting().id()), f.kind() + " " + f.targetId() + ": " + title));
    }
}
