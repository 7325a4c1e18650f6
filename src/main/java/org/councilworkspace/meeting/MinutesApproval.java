package org.councilworkspace.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.councilworkspace.base.ConcurrentChangeException;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.TextRules;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.Member;
import org.councilworkspace.meeting.MeetingAccess.MeetingContext;
import org.councilworkspace.meeting.MinutesVersionRepository.State;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.security.Actor;
import org.councilworkspace.security.CouncilRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The chair's approval of minutes and the secretariat's corrections of approved minutes. Each approval keeps a
 * snapshot of what was approved, so a later correction (a new version with its reason) never changes what readers
 * of an earlier version saw.
 */
@Component
class MinutesApproval {

    private final AgendaRepository items;
    private final MinutesRepository minutes;
    private final MeetingRepository meetings;
    private final MinutesVersionRepository versions;
    private final CouncilService councils;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    MinutesApproval(AgendaRepository items, MinutesRepository minutes, MeetingRepository meetings,
                    MinutesVersionRepository versions, CouncilService councils, NotificationService notifications,
                    ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
        this.items = items;
        this.minutes = minutes;
        this.meetings = meetings;
        this.versions = versions;
        this.councils = councils;
        this.notifications = notifications;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Approves the draft: refused before the meeting has started and for minutes with nothing in them. Approving a
     * correction puts the corrected minutes where the earlier version was (approved, summary released, published).
     */
    void approve(MeetingContext context) {
        Meeting meeting = context.meeting();
        if (meeting.minutesStatus() != MinutesStatus.DRAFT) {
            throw new InvalidInputException("minutes", "meeting.minutes-not-draft");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (meeting.startsAt().isAfter(now)) {
            throw new InvalidInputException("minutes", "meeting.minutes-before-meeting");
        }
        MinutesSnapshot snapshot = live(meeting);
        boolean content = snapshot.items().stream().anyMatch(i -> i.notes() != null)
                || !snapshot.decisions().isEmpty() || !snapshot.actionItems().isEmpty();
        if (!content) {
            throw new InvalidInputException("minutes", "meeting.minutes-empty");
        }
        State state = versions.state(meeting.id());
        MinutesStatus to = state.statusBefore() == null ? MinutesStatus.APPROVED : state.statusBefore();
        Actor chair = context.member().actor();
        if (!versions.approve(meeting.id(), to, chair.id(), now)) {
            throw new ConcurrentChangeException("Minutes");
        }
        versions.insertVersion(meeting.id(), state.version(), state.correction() == null ? null : state, chair.id(), now,
                write(snapshot));
        if (state.correction() == null) {
            publish(context, "MINUTES_APPROVED", "version " + state.version() + ": DRAFT → APPROVED");
        } else {
            publish(context, "MINUTES_CORRECTION_APPROVED", "version " + state.version() + ": DRAFT → " + to
                    + "; reason: " + state.reason());
        }
        notifyApproved(meeting, to.summaryPublic());
    }

    /** Reopens approved minutes as a new draft version; the reason is required and goes on the record. */
    void startCorrection(MeetingContext context, String reason) {
        Meeting meeting = context.meeting();
        if (meeting.minutesStatus() == MinutesStatus.DRAFT) {
            throw new InvalidInputException("minutes", "meeting.minutes-correction-of-draft");
        }
        String why = TextRules.requiredText("reason", reason, 2000);
        State state = versions.state(meeting.id());
        if (!versions.hasVersion(meeting.id(), state.version())) {
            // Approved before versions were kept: what is there now is what was approved, so keep it first.
            versions.insertVersion(meeting.id(), state.version(), null, state.approvedBy(),
                    meeting.minutesApprovedAt(), write(live(meeting)));
        }
        Actor actor = context.member().actor();
        if (!versions.startCorrection(meeting.id(), meeting.minutesStatus(), why, actor.id(), OffsetDateTime.now(clock))) {
            throw new ConcurrentChangeException("Minutes");
        }
        publish(context, "MINUTES_CORRECTION_STARTED", "version " + state.version() + " → " + (state.version() + 1)
                + " (was " + meeting.minutesStatus() + "); reason: " + why);
    }

    /** The snapshot of one approved version, if there is one. */
    java.util.Optional<MinutesSnapshot> snapshot(long meetingId, int number) {
        return versions.snapshot(meetingId, number).map(this::read);
    }

    MinutesSnapshot live(Meeting meeting) {
        return new MinutesSnapshot(items.items(meeting.id()), minutes.decisions(meeting.id()),
                minutes.actionsOfMeeting(meeting.id()), meetings.invitees(meeting.id(), meeting.councilId()));
    }

    /** The secretariat hears that it can release the minutes; readers hear when minutes they could read changed. */
    private void notifyApproved(Meeting meeting, boolean released) {
        LocalDate today = LocalDate.now(clock);
        List<Long> to = councils.currentMembers(meeting.councilId()).stream().filter(m -> m.current(today))
                .filter(m -> released || m.role() == CouncilRole.SECRETARIAT).map(Member::userId).toList();
        notifications.notify(to, "MINUTES_APPROVED", released ? "meeting.notification.minutes-corrected"
                : "meeting.notification.minutes-approved", List.of(meeting.title(), meeting.councilName()),
                "meetings/" + meeting.id());
    }

    private String write(MinutesSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Minutes snapshot not written", e);
        }
    }

    private MinutesSnapshot read(String text) {
        try {
            return json.readValue(text, MinutesSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Minutes snapshot not readable", e);
        }
    }

    private void publish(MeetingContext context, String action, String summary) {
        Actor actor = context.member().actor();
        events.publishEvent(new MeetingChanged(actor.id(), actor.username(), context.meeting().councilId(), action,
                "MEETING", Long.toString(context.meeting().id()), summary));
    }
}
