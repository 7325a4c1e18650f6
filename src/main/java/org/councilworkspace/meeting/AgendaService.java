package org.councilworkspace.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.meeting.MeetingAccess.MeetingContext;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's agenda: ordered items with links into the council's work, suggestions to add with one click, and
 * publication to the invited members with a warning when it goes out later than the notice period.
 */
@Service
@Transactional
public class AgendaService {

    static final int SUGGESTED_MINUTES = 15;

    private final AgendaRepository items;
    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final LinkResolvers links;
    // A provider, not a list: sources read other features' services, so they are looked up when needed.
    private final ObjectProvider<AgendaSuggestionSource> sources;
    private final NotificationService notifications;
    private final PackDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgendaService(AgendaRepository items, MeetingRepository meetings, MeetingAccess access, LinkResolvers links,
                  ObjectProvider<AgendaSuggestionSource> sources, NotificationService notifications,
                  PackDocuments documents, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.items = items;
        this.meetings = meetings;
        this.access = access;
        this.links = links;
        this.sources = sources;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The agenda; before publication only those who run the council's meetings see its items. The items carry the
     * minutes' notes only for those who may read draft minutes, or once the full minutes are published.
     */
    @Transactional(readOnly = true)
    public Agenda agenda(long meetingId) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.READ);
        boolean published = context.meeting().minutesStatus() == MinutesStatus.PUBLISHED;
        List<AgendaItem> shown = context.seesAgenda() ? items.items(meetingId) : List.of();
        if (!context.seesDraftMinutes() && !published) {
            shown = shown.stream().map(AgendaService::withoutNotes).toList();
        }
        return new Agenda(context.meeting(), shown);
    }

    private static AgendaItem withoutNotes(AgendaItem i) {
        return new AgendaItem(i.id(), i.meetingId(), i.position(), i.title(), i.minutesAllotted(), i.presenter(),
                i.purpose(), i.link(), i.linkTitle(), null, i.version());
    }

    /** The meeting pack: the agenda (as the caller may see it) and the frozen text of the linked sections. */
    @Transactional(readOnly = true)
    public MeetingPack pack(long meetingId) {
        return documents.pack(agenda(meetingId));
    }

    public long addItem(long meetingId, NewAgendaItem input) {
        MeetingContext context = editable(meetingId);
        NewAgendaItem item = validate(input);
        String linkTitle = links.requireTitle(context.meeting().councilId(), item.link(), "link");
        long id = items.insert(meetingId, item, linkTitle);
        publish(context, "AGENDA_ITEM_ADDED", item.title() + (linkTitle == null ? "" : " → " + linkTitle));
        return id;
    }

    public void updateItem(long itemId, NewAgendaItem input, int expectedVersion) {
        AgendaItem existing = item(itemId);
        MeetingContext context = editable(existing.meetingId());
        NewAgendaItem item = validate(input);
        String linkTitle = links.requireTitle(context.meeting().councilId(), item.link(), "link");
        if (!items.update(itemId, item, linkTitle, expectedVersion)) {
            throw new ConcurrentChangeException("Agenda item");
        }
        publish(context, "AGENDA_ITEM_CHANGED", item.title());
    }

    /** Takes an item off the agenda; it stays on record. */
    public void removeItem(long itemId, int expectedVersion) {
        AgendaItem existing = item(itemId);
        MeetingContext context = editable(existing.meetingId());
        if (!items.remove(itemId, expectedVersion)) {
            throw new ConcurrentChangeException("Agenda item");
        }
        publish(context, "AGENDA_ITEM_REMOVED", existing.title());
    }

    /** Moves an item up (negative) or down (positive) by one place; the order is renumbered without gaps. */
    public void move(long itemId, int direction) {
        AgendaItem existing = item(itemId);
        MeetingContext context = editable(existing.meetingId());
        List<AgendaItem> order = new ArrayList<>(items.items(existing.meetingId()));
        int from = indexOf(order, itemId);
        int to = from + Integer.signum(direction);
        if (direction != 0 && to >= 0 && to < order.size()) {
            reorder(context, order, from, to);
        }
    }

    /**
     * Puts an item of this meeting at a place of its agenda (0 is the first), as a drag and drop does; the items
     * between move by one. An item of another meeting is not found here, so its id tells nothing.
     */
    public void place(long meetingId, long itemId, int place) {
        MeetingContext context = editable(meetingId);
        List<AgendaItem> order = new ArrayList<>(items.items(meetingId));
        int from = indexOf(order, itemId);
        if (place < 0 || place >= order.size()) {
            throw new InvalidInputException("place", "validation.range", 1, order.size());
        }
        if (place != from) {
            reorder(context, order, from, place);
        }
    }

    private void reorder(MeetingContext context, List<AgendaItem> order, int from, int to) {
        AgendaItem moved = order.remove(from);
        order.add(to, moved);
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).position() != i) {
                items.setPosition(order.get(i).id(), i);
            }
        }
        Actor actor = context.member().actor();
        events.publishEvent(new MeetingChanged(actor.id(), actor.username(), context.meeting().councilId(),
                "AGENDA_ITEM_MOVED", "AGENDA_ITEM", Long.toString(moved.id()), moved.title() + ": place " + (from + 1)
                + " → " + (to + 1)));
        events.publishEvent(new AgendaChanged(context.meeting().id()));
    }

    /** Suggestions from every source, without what the agenda already links to. */
    @Transactional(readOnly = true)
    public List<AgendaSuggestion> suggestions(long meetingId) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.MANAGE_MEETINGS);
        Set<AgendaLink> linked = new HashSet<>();
        items.items(meetingId).forEach(i -> {
            if (i.link() != null) {
                linked.add(i.link());
            }
        });
        List<AgendaSuggestion> all = new ArrayList<>();
        Set<AgendaLink> seen = new HashSet<>(linked);
        sources.orderedStream().flatMap(s -> s.suggestions(context.meeting().councilId()).stream())
                .filter(s -> seen.add(s.link()))
                .forEach(all::add);
        return all;
    }

    /** Adds a suggestion as an agenda item, with its title, link and purpose. */
    public long addSuggestion(long meetingId, AgendaSuggestion suggestion) {
        return addItem(meetingId, new NewAgendaItem(suggestion.title(), SUGGESTED_MINUTES, null,
                suggestion.purpose() == null ? AgendaPurpose.DISCUSSION : suggestion.purpose(), suggestion.link()));
    }

    /** The page a link of this meeting leads to, if its target still exists and the reader may see it. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> linkPath(long meetingId, AgendaLink link) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.READ);
        return links.resolve(context.meeting().councilId(), link).map(LinkTarget::path);
    }

    /** What an item can be linked to by hand: whatever the link resolvers offer (sections, versions, …). */
    @Transactional(readOnly = true)
    public List<LinkChoice> linkChoices(long meetingId) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.MANAGE_MEETINGS);
        return links.choices(context.meeting().councilId());
    }

    /** Whether publishing now would be later than the council's notice period before the meeting. */
    @Transactional(readOnly = true)
    public boolean publishingNowIsLate(long meetingId) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.MANAGE_MEETINGS);
        return late(context.meeting(), meetings.noticeDays(context.meeting().councilId()));
    }

    /** Publishes the agenda and notifies the invited members; a late publication is recorded as such. */
    public AgendaPublication publish(long meetingId) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.MANAGE_MEETINGS);
        Meeting meeting = context.meeting();
        if (meeting.agendaPublished()) {
            throw new InvalidInputException("agenda", "meeting.agenda-already-published");
        }
        if (items.items(meetingId).isEmpty()) {
            throw new InvalidInputException("agenda", "meeting.agenda-empty");
        }
        // The invited members get the agenda the chair settled, not one with proposals still open.
        if (items.pendingFollowUps(meetingId) > 0) {
            throw new InvalidInputException("agenda", "meeting.follow-up-undecided");
        }
        int noticeDays = meetings.noticeDays(meeting.councilId());
        boolean late = late(meeting, noticeDays);
        if (!meetings.publishAgenda(meetingId, OffsetDateTime.now(clock), late)) {
            throw new ConcurrentChangeException("Meeting");
        }
        List<Long> invited = meetings.inviteeIds(meetingId);
        notifications.notify(invited, "AGENDA_PUBLISHED", "meeting.notification.agenda-published",
                List.of(meeting.title(), meeting.councilName()), "meetings/" + meetingId);
        publish(context, "AGENDA_PUBLISHED", late ? "published later than the " + noticeDays + "-day notice period"
                : "published within the " + noticeDays + "-day notice period");
        return new AgendaPublication(late, noticeDays, invited.size());
    }

    private boolean late(Meeting meeting, int noticeDays) {
        return OffsetDateTime.now(clock).isAfter(meeting.startsAt().minusDays(noticeDays));
    }

    /** Whether the agenda can still change: the minutes are open and the meeting has not ended. */
    public boolean editable(Meeting meeting) {
        return meeting.minutesStatus() == MinutesStatus.DRAFT && meeting.endsAt().isAfter(OffsetDateTime.now(clock));
    }

    private MeetingContext editable(long meetingId) {
        return access.agendaEditable(meetingId, OffsetDateTime.now(clock));
    }

    private AgendaItem item(long itemId) {
        return items.find(itemId).orElseThrow(() -> new NotFoundException("Agenda item"));
    }

    private static int indexOf(List<AgendaItem> order, long itemId) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == itemId) {
                return i;
            }
        }
        throw new NotFoundException("Agenda item");
    }

    private NewAgendaItem validate(NewAgendaItem i) {
        String title = TextRules.requiredLine("title", i.title(), 300);
        if (i.minutesAllotted() == null || i.minutesAllotted() < 1 || i.minutesAllotted() > 1440) {
            throw new InvalidInputException("minutes", "validation.range", 1, 1440);
        }
        if (i.purpose() == null) {
            throw new InvalidInputException("purpose", "validation.required");
        }
        String presenter = MeetingService.optionalLine("presenter", i.presenter(), 200);
        return new NewAgendaItem(title, i.minutesAllotted(), presenter, i.purpose(), i.link());
    }

    private void publish(MeetingContext context, String action, String summary) {
        Actor actor = context.member().actor();
        events.publishEvent(new MeetingChanged(actor.id(), actor.username(), context.meeting().councilId(), action,
                "MEETING", Long.toString(context.meeting().id()), summary));
        events.publishEvent(new AgendaChanged(context.meeting().id()));
    }
}
