package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.councilworkspace.audit.AuditEntry;
import org.councilworkspace.audit.AuditService;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.notification.NotificationItem;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A council whose plenary can be put before or after now, with helpers for its agenda, notes and minutes. */
abstract class MinutesWorld {

    @Autowired PlanFixtures planFixtures;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired AgendaRepository agendaRows;
    @Autowired MinutesService minutes;
    @Autowired NotificationService notifications;
    @Autowired AuditService audit;
    @Autowired MutableClock clock;

    PlanWorld w;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    /** A plenary that starts {@code hoursAhead} from now (negative: it has taken place), everyone invited. */
    long meeting(int hoursAhead) {
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusHours(hoursAhead);
        return AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "4th plenary", start, start.plusHours(2), "Hall B", null, null,
                Set.of(w.chair().id(), w.lead().id(), w.member().id(), w.observer().id()))));
    }

    /**
     * An item added as the secretariat prepared the meeting. A meeting that is over has a read-only agenda, so for
     * one the test puts in the past its item is stored as it was stored back then.
     */
    long item(long meetingId, String title) {
        NewAgendaItem item = new NewAgendaItem(title, 20, null, AgendaPurpose.DISCUSSION, null);
        Meeting meeting = AsUser.call(w.secretariat(), () -> meetings.meeting(meetingId));
        if (!meeting.endsAt().isAfter(java.time.OffsetDateTime.now(clock))) {
            return agendaRows.insert(meetingId, item, null);
        }
        return AsUser.call(w.secretariat(), () -> agendas.addItem(meetingId, item));
    }

    AgendaItem current(long meetingId, long itemId) {
        return AsUser.call(w.secretariat(), () -> agendas.agenda(meetingId)).items().stream()
                .filter(i -> i.id() == itemId).findFirst().orElseThrow();
    }

    void notes(long meetingId, long itemId, String text) {
        int version = current(meetingId, itemId).version();
        AsUser.run(w.secretariat(), () -> minutes.saveNotes(itemId, text, version));
    }

    MinutesStatus status(long meetingId) {
        return AsUser.call(w.chair(), () -> meetings.meeting(meetingId)).minutesStatus();
    }

    static Consumer<InvalidInputException> key(String messageKey) {
        return e -> assertThat(e.messageKey()).isEqualTo(messageKey);
    }
}
