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

/** Meetings, minutes and action items as the council's people use them, each rule tried by the wrong person. */
abstract class MeetingServiceContract extends MeetingWorld {

    @Test
    void the_secretariat_and_chair_call_meetings_and_nobody_else_does() {
        long id = meeting(14);
        assertThat(AsUser.call(w.chair(), () -> meetings.createMeeting(w.councilId(), plenary("Chair's", 20))))
                .isPositive();
        for (TestUser who : new TestUser[] {w.member(), w.observer(), w.outsider(), w.admin()}) {
            assertThatThrownBy(() -> AsUser.call(who, () -> meetings.createMeeting(w.councilId(), plenary("x", 3))))
                    .as(who.username()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(AsUser.call(w.observer(), () -> meetings.meeting(id)).title()).isEqualTo("3rd plenary");
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> meetings.meeting(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_meeting_details_are_refused_and_nothing_is_stored() {
        OffsetDateTime start = now().plusDays(3);
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(),
                new NewMeeting(MeetingKind.HEARING, "Hearing", start, start.minusHours(1), null, null, null, Set.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endsAt"));
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(),
                new NewMeeting(MeetingKind.HEARING, "Hearing", start, start.plusHours(1), null,
                        "javascript:alert(1)", null, Set.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("onlineLink"));
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(),
                new NewMeeting(MeetingKind.HEARING, "Hearing", start, start.plusHours(1), null, null, null,
                        Set.of(w.outsider().id())))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("invitees"));
        assertThat(AsUser.call(w.secretariat(), () -> meetings.countMeetings(w.councilId(), true))).isZero();
    }

    @Test
    void upcoming_and_past_meetings_are_listed_apart() {
        long next = meeting(5);
        OffsetDateTime past = now().minusDays(20);
        long earlier = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.WORKING_GROUP, "1st working group", past, past.plusHours(3), null, null, null, Set.of())));
        assertThat(AsUser.call(w.member(), () -> meetings.meetings(w.councilId(), true, 0, 10)))
                .extracting(Meeting::id).containsExactly(next);
        assertThat(AsUser.call(w.member(), () -> meetings.meetings(w.councilId(), false, 0, 10)))
                .extracting(Meeting::id).containsExactly(earlier);
    }

    @Test
    void only_the_invited_member_answers_their_invitation() {
        long id = meeting(10);
        AsUser.run(w.member(), () -> meetings.respond(id, InvitationResponse.REPRESENTATIVE, "Deputy Director Ann"));
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> meetings.respond(id, InvitationResponse.REPRESENTATIVE,
                " "))).isInstanceOf(InvalidInputException.class);
        for (TestUser who : new TestUser[] {w.secretariat(), w.outsider()}) {
            assertThatThrownBy(() -> AsUser.run(who, () -> meetings.respond(id, InvitationResponse.ATTENDING, null)))
                    .as(who.username()).isInstanceOf(AccessDeniedException.class);
        }
        Invitee member = AsUser.call(w.observer(), () -> meetings.invitees(id)).stream()
                .filter(i -> i.userId() == w.member().id()).findFirst().orElseThrow();
        assertThat(member.response()).isEqualTo(InvitationResponse.REPRESENTATIVE);
        assertThat(member.representative()).isEqualTo("Deputy Director Ann");
    }

    @Test
    void the_secretariat_records_attendance_and_members_cannot() {
        long id = meeting(1);
        AsUser.run(w.secretariat(), () -> meetings.recordAttendance(id, w.lead().id(), true));
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> meetings.recordAttendance(id, w.member().id(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(w.chair(), () -> meetings.invitees(id))).filteredOn(i -> i.userId() == w.lead().id())
                .extracting(Invitee::attended).containsExactly(true);
    }

    @Test
    void draft_minutes_are_seen_by_the_secretariat_and_chair_approved_by_the_chair_and_released_in_stages() {
        long id = meeting(-1);
        long itemId = item(id, "Targets", 30);
        AgendaItem item = AsUser.call(w.secretariat(), () -> agendas.agenda(id)).items().get(0);
        AsUser.run(w.secretariat(), () -> minutes.saveNotes(itemId, "Long debate on the share.", item.version()));
        AsUser.call(w.secretariat(), () -> minutes.addDecision(itemId, "The 30% target stays.",
                new AgendaLink(AgendaLinkKind.SECTION, targets)));
        AsUser.call(w.secretariat(), () -> minutes.addActionItem(itemId, new NewActionItem("Cost estimate",
                w.lead().id(), now().toLocalDate().plusDays(14))));
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> minutes.addDecision(itemId, "Mine.", null)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(AsUser.call(w.chair(), () -> minutes.minutes(id)).decisions()).extracting(Decision::linkTitle)
                .containsExactly("2 Targets");
        Minutes memberView = AsUser.call(w.member(), () -> minutes.minutes(id));
        assertThat(memberView.full()).isFalse();
        assertThat(memberView.decisions()).isEmpty();
        assertThat(memberView.meeting().minutesSummary()).isNull();

        for (TestUser who : new TestUser[] {w.secretariat(), w.member(), w.observer()}) {
            assertThatThrownBy(() -> AsUser.run(who, () -> minutes.approve(id))).as(who.username())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> minutes.publishSummary(id, "Early.")))
                .as("not approved yet").isInstanceOf(InvalidInputException.class);
        AsUser.run(w.chair(), () -> minutes.approve(id));
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> minutes.addDecision(itemId, "Late edit.", null)))
                .as("approved minutes are closed").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> minutes.publishFull(id)))
                .as("the summary goes first").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> minutes.publishSummary(id, "Summary.")))
                .isInstanceOf(AccessDeniedException.class);

        AsUser.run(w.secretariat(), () -> minutes.publishSummary(id, "The council kept the 30% target."));
        Minutes summaryOnly = AsUser.call(w.observer(), () -> minutes.minutes(id));
        assertThat(summaryOnly.full()).isFalse();
        assertThat(summaryOnly.meeting().minutesSummary()).isEqualTo("The council kept the 30% target.");
        assertThat(summaryOnly.actionItems()).isEmpty();

        AsUser.run(w.secretariat(), () -> minutes.publishFull(id));
        Minutes published = AsUser.call(w.observer(), () -> minutes.minutes(id));
        assertThat(published.full()).isTrue();
        assertThat(published.items()).extracting(AgendaItem::notes).containsExactly("Long debate on the share.");
        assertThat(published.actionItems()).extracting(ActionItem::text).containsExactly("Cost estimate");
        assertThat(AsUser.call(w.observer(), () -> notifications.mine(0, 10))).extracting(NotificationItem::messageKey)
                .contains("meeting.notification.summary-published", "meeting.notification.minutes-published");
    }

    @Test
    void an_action_item_is_changed_by_its_owner_or_the_secretariat_and_turns_overdue_with_time() {
        long id = meeting(0);
        long itemId = item(id, "Targets", 30);
        long action = AsUser.call(w.secretariat(), () -> minutes.addActionItem(itemId,
                new NewActionItem("Cost estimate", w.lead().id(), now().toLocalDate().plusDays(1))));
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> minutes.addActionItem(itemId,
                new NewActionItem("Outsider's task", w.outsider().id(), now().toLocalDate()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("owner"));
        assertThat(AsUser.call(w.lead(), () -> minutes.countTracker(ActionScope.MINE, null, true))).isZero();
        clock.advance(Duration.ofDays(2));
        assertThat(AsUser.call(w.lead(), () -> minutes.tracker(ActionScope.MINE, null, true, 0, 10)))
                .extracting(ActionItem::id).containsExactly(action);
        assertThat(AsUser.call(w.secretariat(), () -> minutes.countTracker(ActionScope.COUNCIL, w.councilId(), true)))
                .isEqualTo(1);
        assertThat(AsUser.call(w.member(), () -> minutes.countTracker(ActionScope.COUNCIL, w.councilId(), false)))
                .as("minutes not published: other members do not see it").isZero();

        assertThatThrownBy(() -> AsUser.run(w.member(), () -> minutes.setActionStatus(action, ActionStatus.DONE, 0)))
                .isInstanceOf(AccessDeniedException.class);
        AsUser.run(w.lead(), () -> minutes.setActionStatus(action, ActionStatus.IN_PROGRESS, 0));
        AsUser.run(w.secretariat(), () -> minutes.setActionStatus(action, ActionStatus.DONE, 1));
        assertThat(AsUser.call(w.lead(), () -> minutes.countTracker(ActionScope.MINE, null, true))).isZero();
        assertThat(AsUser.call(w.lead(), () -> minutes.tracker(ActionScope.MINE, null, false, 0, 10)))
                .extracting(ActionItem::status).containsExactly(ActionStatus.DONE);
    }

    @Test
    void the_calendar_feed_answers_only_to_a_valid_unrevoked_token() {
        long id = meeting(3);
        String token = AsUser.call(w.member(), () -> calendar.newFeedToken());
        AsUser.signOut();
        String feed = calendar.feed(token, m -> "https://example.org/meetings/" + m).orElseThrow();
        assertThat(feed).contains("UID:meeting-" + id + "@council-workspace", "SUMMARY:3rd plenary",
                "LOCATION:Room 3\\, Ministry of Industry");
        assertThat(calendar.feed(token + "x", null)).isEmpty();
        assertThat(calendar.feed(AsUser.call(w.outsider(), () -> calendar.newFeedToken()), null).orElseThrow())
                .doesNotContain("3rd plenary");
        AsUser.run(w.member(), () -> calendar.revokeFeed());
        assertThat(calendar.feed(token, null)).isEmpty();
        String renewed = AsUser.call(w.member(), () -> calendar.newFeedToken());
        assertThat(calendar.feed(renewed, null)).isPresent();
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> calendar.meetingIcs(id, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hostile_text_is_stored_as_the_text_rules_normalize_it_or_refused_with_nothing_stored() {
        long id = meeting(14);
        long itemId = item(id, "Targets", 30);
        AsUser.signIn(w.secretariat());
        int items = 1;
        int decisions = 0;
        for (String s : corpus()) {
            var line = HostileStrings.expectedLine(s, 300);
            try {
                long added = agendas.addItem(id, new NewAgendaItem(s, 5, null, AgendaPurpose.INFORMATION, null));
                items++;
                assertThat(agendas.agenda(id).items()).filteredOn(i -> i.id() == added).extracting(AgendaItem::title)
                        .containsExactly(line.orElseThrow(() -> new AssertionError("accepted: " + s)));
            } catch (InvalidInputException e) {
                assertThat(line).as(s).isEmpty();
            }
            var text = HostileStrings.expectedText(s, 4000);
            try {
                minutes.addDecision(itemId, s, null);
                decisions++;
                assertThat(minutes.minutes(id).decisions()).last().extracting(Decision::text)
                        .isEqualTo(text.orElseThrow(() -> new AssertionError("accepted: " + s)));
            } catch (InvalidInputException e) {
                assertThat(text).as(s).isEmpty();
            }
            AgendaItem item = agendas.agenda(id).items().stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
            var notes = HostileStrings.expectedText(s, 20000);
            try {
                minutes.saveNotes(itemId, s, item.version());
                String stored = agendas.agenda(id).items().stream().filter(i -> i.id() == itemId).findFirst()
                        .orElseThrow().notes();
                assertThat(stored).as(s).isEqualTo(s.isBlank() ? null : notes.orElseThrow());
            } catch (InvalidInputException e) {
                assertThat(notes).as(s).isEmpty();
            }
        }
        assertThat(agendas.agenda(id).items()).hasSize(items);
        assertThat(minutes.minutes(id).decisions()).hasSize(decisions);
    }

    @Test
    void the_secretariat_changes_a_meetings_details_and_invites_more_without_uninviting_anyone() {
        long id = meeting(14);
        Meeting before = AsUser.call(w.member(), () -> meetings.meeting(id));
        NewMeeting changed = new NewMeeting(MeetingKind.HEARING, "Hearing on targets", before.startsAt().plusDays(1),
                before.endsAt().plusDays(1), null, "https://meet.example.org/hearing", null, Set.of(w.secretariat().id()));
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> meetings.updateMeeting(id, changed, before.version())))
                .isInstanceOf(AccessDeniedException.class);
        AsUser.run(w.secretariat(), () -> meetings.updateMeeting(id, changed, before.version()));
        Meeting after = AsUser.call(w.member(), () -> meetings.meeting(id));
        assertThat(after.title()).isEqualTo("Hearing on targets");
        assertThat(after.kind()).isEqualTo(MeetingKind.HEARING);
        assertThat(after.place()).isNull();
        assertThat(AsUser.call(w.member(), () -> meetings.invitees(id))).hasSize(5);
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> meetings.updateMeeting(id, changed, before.version())))
                .as("stale version").isInstanceOf(org.councilworkspace.base.ConcurrentChangeException.class);
    }

    /** The hostile strings to use: all of them here; the PostgreSQL run takes a spread (see HostileStrings.sample). */
    protected java.util.List<String> corpus() {
        return HostileStrings.all();
    }
}
