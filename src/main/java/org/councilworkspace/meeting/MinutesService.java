package org.councilworkspace.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.meeting.MeetingAccess.MeetingContext;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.security.AccessGuard;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilAction;
import org.councilworkspace.security.CouncilMember;
import org.jooq.Condition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minutes per agenda item (notes, decisions, action items), their path draft → approved by the chair → summary
 * released → full minutes published, and the action-item tracker across meetings.
 */
@Service
@Transactional
public class MinutesService {

    private final AgendaRepository items;
    private final MinutesRepository minutes;
    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final AccessGuard guard;
    private final LinkResolvers links;
    private final CouncilService councils;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MinutesApproval approval;
    private final MinutesVersionRepository versions;

    MinutesService(AgendaRepository items, MinutesRepository minutes, MeetingRepository meetings, MeetingAccess access,
                   AccessGuard guard, LinkResolvers links, CouncilService councils, NotificationService notifications,
                   ApplicationEventPublisher events, Clock clock, MinutesApproval approval,
                   MinutesVersionRepository versions) {
        this.approval = approval;
        this.versions = versions;
        this.items = items;
        this.minutes = minutes;
        this.meetings = meetings;
        this.access = access;
        this.guard = guard;
        this.links = links;
        this.councils = councils;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The minutes as the caller may see them: complete for those who run meetings and the chair; for members
     * and observers nothing while in draft or approved, the summary once released, everything once published. While
     * a correction of published minutes is open, they see the last approved version, never the draft.
     */
    @Transactional(readOnly = true)
    public Minutes minutes(long meetingId) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.READ);
        Meeting meeting = context.meeting();
        MinutesVersionRepository.State state = versions.state(meetingId);
        if (context.seesDraftMinutes() || meeting.minutesStatus() == MinutesStatus.PUBLISHED) {
            return new Minutes(meeting, true, items.items(meetingId), minutes.decisions(meetingId),
                    minutes.actionsOfMeeting(meetingId), state.version(), state.correction());
        }
        if (state.publishedAt() != null && state.version() > 1) {
            int shown = state.version() - 1;
            MinutesSnapshot approved = approval.snapshot(meetingId, shown).orElseThrow();
            return new Minutes(meeting, true, approved.items(), approved.decisions(), approved.actionItems(), shown,
                    state.correction());
        }
        // The meeting carries no summary until it is released, so this shows the summary or nothing.
        return new Minutes(meeting, false, List.of(), List.of(), List.of(), state.version(), state.correction());
    }

    /** Each save is kept as a version of the item's notes (who, when), never an overwrite of the history. */
    public void saveNotes(long itemId, String notes, int expectedVersion) {
        AgendaItem item = item(itemId);
        MeetingContext context = draft(item.meetingId());
        String text = notes == null || notes.isBlank() ? null : TextRules.requiredText("notes", notes, 20000);
        if (!items.saveNotes(itemId, text, expectedVersion)) {
            throw new ConcurrentChangeException("Agenda item");
        }
        versions.insertNotes(itemId, versions.state(item.meetingId()).version(), text, context.member().actor().id(),
                now());
        publish(context, "MINUTES_NOTES_SAVED", "MEETING", item.meetingId(), item.title());
    }

    /** Every save of an item's notes, newest first; only for those who may read draft minutes, else "not found". */
    @Transactional(readOnly = true)
    public List<NotesVersion> notesHistory(long itemId) {
        AgendaItem item = items.find(itemId).orElseThrow(() -> new NotFoundException("Agenda item"));
        access.draftReader(item.meetingId());
        return versions.notesHistory(itemId);
    }

    public long addDecision(long itemId, String text, AgendaLink link) {
        AgendaItem item = item(itemId);
        MeetingContext context = draft(item.meetingId());
        String decision = TextRules.requiredText("decision", text, 4000);
        if (link != null && link.kind() != AgendaLinkKind.SECTION && link.kind() != AgendaLinkKind.AMENDMENT) {
            throw new InvalidInputException("link", "meeting.link-invalid");
        }
        String linkTitle = links.requireTitle(context.meeting().councilId(), link, "link");
        long id = minutes.insertDecision(itemId, decision, link, linkTitle, context.member().actor().id(), now());
        publish(context, "DECISION_RECORDED", "DECISION", id, decision);
        return id;
    }

    public long addActionItem(long itemId, NewActionItem input) {
        AgendaItem item = item(itemId);
        MeetingContext context = draft(item.meetingId());
        String text = TextRules.requiredLine("actionText", input.text(), 1000);
        if (input.ownerId() == null) {
            throw new InvalidInputException("owner", "validation.required");
        }
        LocalDate today = LocalDate.now(clock);
        boolean member = councils.currentMembers(context.meeting().councilId()).stream()
                .anyMatch(m -> m.userId() == input.ownerId() && m.current(today));
        if (!member) {
            throw new InvalidInputException("owner", "meeting.owner-not-member");
        }
        if (input.dueDate() == null) {
            throw new InvalidInputException("dueDate", "validation.required");
        }
        long id = minutes.insertAction(item.meetingId(), context.meeting().councilId(), itemId,
                new NewActionItem(text, input.ownerId(), input.dueDate()), context.member().actor().id(), now());
        publish(context, "ACTION_ITEM_RECORDED", "ACTION_ITEM", id, text + " (user " + input.ownerId() + ", due "
                + input.dueDate() + ")");
        return id;
    }

    /**
     * The chair's (or vice-chair's) approval of the draft minutes, which then can no longer be edited; refused before
     * the meeting has started and for minutes without notes, decisions or action items.
     */
    public void approve(long meetingId) {
        approval.approve(access.meeting(meetingId, CouncilAction.APPROVE_MINUTES));
    }

    /** Starts a correction of approved minutes: a new draft version, with the reason on the record. */
    public void startCorrection(long meetingId, String reason) {
        approval.startCorrection(access.meeting(meetingId, CouncilAction.MANAGE_MEETINGS), reason);
    }

    /**
     * The approved versions, oldest first: for those who work on drafts always, for the council's other readers once
     * the full minutes have been published.
     */
    @Transactional(readOnly = true)
    public List<ApprovedVersion> versions(long meetingId) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.READ);
        return readsVersions(context) ? versions.versions(meetingId) : List.of();
    }

    /** One approved version exactly as approved; "not found" for a version the caller may not read. */
    @Transactional(readOnly = true)
    public Minutes version(long meetingId, int number) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.READ);
        MinutesSnapshot s = readableVersion(context, number);
        return new Minutes(context.meeting(), true, s.items(), s.decisions(), s.actionItems(), number, null);
    }

    /** The attendance as approved in one version, for those who may read that version. */
    @Transactional(readOnly = true)
    public List<Invitee> versionAttendance(long meetingId, int number) {
        return readableVersion(access.meeting(meetingId, CouncilAction.READ), number).attendance();
    }

    private MinutesSnapshot readableVersion(MeetingContext context, int number) {
        Optional<MinutesSnapshot> snapshot = readsVersions(context)
                ? approval.snapshot(context.meeting().id(), number) : Optional.empty();
        return snapshot.orElseThrow(() -> new NotFoundException("Minutes version"));
    }

    private boolean readsVersions(MeetingContext context) {
        return context.seesDraftMinutes() || versions.state(context.meeting().id()).publishedAt() != null;
    }

    /** Releases the short summary to the council first (staged disclosure). */
    public void publishSummary(long meetingId, String summary) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.MANAGE_MEETINGS);
        requireStatus(context.meeting(), MinutesStatus.APPROVED);
        String text = TextRules.requiredText("summary", summary, 4000);
        move(context, MinutesStatus.APPROVED, MinutesStatus.SUMMARY_PUBLISHED, text, "MINUTES_SUMMARY_PUBLISHED");
        notifyCouncil(context, "meeting.notification.summary-published");
    }

    /** Publishes the full minutes, after the summary. */
    public void publishFull(long meetingId) {
        MeetingContext context = access.meeting(meetingId, CouncilAction.MANAGE_MEETINGS);
        move(context, MinutesStatus.SUMMARY_PUBLISHED, MinutesStatus.PUBLISHED, null, "MINUTES_PUBLISHED");
        notifyCouncil(context, "meeting.notification.minutes-published");
    }

    /** An action item's status: its owner or those who run the council's meetings may change it. */
    public void setActionStatus(long actionId, ActionStatus status, int expectedVersion) {
        ActionItem action = minutes.findAction(actionId).orElseThrow(() -> new NotFoundException("Action item"));
        CouncilMember me = guard.require(action.councilId(), CouncilAction.READ);
        if (action.ownerId() != me.actor().id() && !me.may(CouncilAction.MANAGE_MEETINGS)) {
            throw new AccessDeniedException("Only the owner or the secretariat changes an action item");
        }
        if (status == null) {
            throw new InvalidInputException("status", "validation.required");
        }
        if (!minutes.setStatus(actionId, status, expectedVersion, now())) {
            throw new ConcurrentChangeException("Action item");
        }
        events.publishEvent(new MeetingChanged(me.actor().id(), me.actor().username(), action.councilId(),
                "ACTION_ITEM_STATUS", "ACTION_ITEM", Long.toString(actionId), action.status() + " → " + status));
    }

    /**
     * The tracker: my action items across councils, or one council's (all of them for those who run its
     * meetings; otherwise those in published minutes and my own).
     */
    @Transactional(readOnly = true)
    public List<ActionItem> tracker(ActionScope scope, Long councilId, boolean overdueOnly, int offset, int limit) {
        return minutes.tracker(scope(scope, councilId), overdueOnly, LocalDate.now(clock), offset, limit);
    }

    @Transactional(readOnly = true)
    public int countTracker(ActionScope scope, Long councilId, boolean overdueOnly) {
        return minutes.countTracker(scope(scope, councilId), overdueOnly, LocalDate.now(clock));
    }

    /** Today, by the application's clock, for deciding what is overdue. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Condition scope(ActionScope scope, Long councilId) {
        Actor me = guard.requireActor();
        if (scope == ActionScope.MINE) {
            return MinutesRepository.mine(me.id());
        }
        CouncilMember member = guard.require(Objects.requireNonNull(councilId, "council"), CouncilAction.READ);
        return MinutesRepository.ofCouncil(councilId, member.may(CouncilAction.MANAGE_MEETINGS), me.id());
    }

    private MeetingContext draft(long meetingId) {
        return access.meeting(meetingId, CouncilAction.MANAGE_MEETINGS).requireOpenMinutes();
    }

    private static void requireStatus(Meeting meeting, MinutesStatus status) {
        if (meeting.minutesStatus() != status) {
            throw new InvalidInputException("minutes", "meeting.minutes-not-" + status.name().toLowerCase());
        }
    }

    private void move(MeetingContext context, MinutesStatus from, MinutesStatus to, String summary, String action) {
        requireStatus(context.meeting(), from);
        if (!meetings.moveMinutes(context.meeting().id(), from, to, summary, now())) {
            throw new ConcurrentChangeException("Minutes");
        }
        publish(context, action, "MEETING", context.meeting().id(), from + " → " + to);
    }

    private void notifyCouncil(MeetingContext context, String key) {
        Meeting meeting = context.meeting();
        LocalDate today = LocalDate.now(clock);
        List<Long> readers = councils.currentMembers(meeting.councilId()).stream().filter(m -> m.current(today))
                .map(Member::userId).toList();
        notifications.notify(readers, "MINUTES_PUBLISHED", key, List.of(meeting.title(), meeting.councilName()),
                "meetings/" + meeting.id());
    }

    private AgendaItem item(long itemId) {
        return items.find(itemId).orElseThrow(() -> new NotFoundException("Agenda item"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private void publish(MeetingContext context, String action, String type, long id, String summary) {
        Actor actor = context.member().actor();
        events.publishEvent(new MeetingChanged(actor.id(), actor.username(), context.meeting().councilId(), action,
                type, Long.toString(id), summary));
    }
}
