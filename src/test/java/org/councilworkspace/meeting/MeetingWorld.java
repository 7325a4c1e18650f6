package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.Stance;
import org.councilworkspace.notification.NotificationItem;
import org.councilworkspace.notification.NotificationService;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.HostileStrings;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A council with a plan of two written sections, its people, and small builders for meetings and agenda items. */
abstract class MeetingWorld {

    @Autowired PlanFixtures planFixtures;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired AgendaRepository agendaRows;
    @Autowired MinutesService minutes;
    @Autowired CalendarService calendar;
    @Autowired ConsensusService consensus;
    @Autowired VersionService versions;
    @Autowired NotificationService notifications;
    @Autowired MutableClock clock;

    PlanWorld w;
    long vision;
    long targets;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
        vision = planFixtures.section(w, null, "Vision");
        targets = planFixtures.section(w, null, "Targets");
        planFixtures.write(w.lead(), vision, "A regional hub.");
        planFixtures.write(w.lead(), targets, "30% by 2031.");
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    NewMeeting plenary(String title, int daysAhead, TestUser... invited) {
        OffsetDateTime start = now().plusDays(daysAhead);
        return new NewMeeting(MeetingKind.PLENARY, title, start, start.plusHours(2), "Room 3, Ministry of Industry",
                null, null, Set.of(java.util.Arrays.stream(invited).map(TestUser::id).toArray(Long[]::new)));
    }

    long meeting(int daysAhead) {
        return AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(),
                plenary("3rd plenary", daysAhead, w.chair(), w.lead(), w.member(), w.observer())));
    }

    /**
     * An item added as the secretariat prepared the meeting. A meeting that is over has a read-only agenda, so for
     * one the test puts in the past its item is stored as it was stored back then.
     */
    long item(long meetingId, String title, int minutesAllotted) {
        NewAgendaItem item = new NewAgendaItem(title, minutesAllotted, null, AgendaPurpose.DISCUSSION, null);
        Meeting meeting = AsUser.call(w.secretariat(), () -> meetings.meeting(meetingId));
        if (!meeting.endsAt().isAfter(java.time.OffsetDateTime.now(clock))) {
            return agendaRows.insert(meetingId, item, null);
        }
        return AsUser.call(w.secretariat(), () -> agendas.addItem(meetingId, item));
    }
}
