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

/**
 * Minutes as the council's record: approved only after the meeting and with something in them, unchangeable once
 * approved, corrected only by a new version with a reason, with every save of the notes kept. Each rule is tried at
 * the wrong moment or by the wrong person, on the services directly.
 */
abstract class MinutesRecordContract extends MinutesWorld {

    @Test
    void the_chair_cannot_approve_minutes_of_a_meeting_that_has_not_started() {
        long id = meeting(3);
        long itemId = item(id, "Targets");
        notes(id, itemId, "Written ahead of time.");
        assertThatThrownBy(() -> AsUser.run(w.chair(), () -> minutes.approve(id)))
                .isInstanceOfSatisfying(InvalidInputException.class, key("meeting.minutes-before-meeting"));
        assertThat(status(id)).isEqualTo(MinutesStatus.DRAFT);
        clock.advance(Duration.ofHours(4));
        AsUser.run(w.chair(), () -> minutes.approve(id));
        assertThat(status(id)).isEqualTo(MinutesStatus.APPROVED);
    }

    @Test
    void the_chair_cannot_approve_minutes_with_no_notes_decisions_or_action_items() {
        long id = meeting(-3);
        long itemId = item(id, "Targets");
        notes(id, itemId, "   ");
        assertThatThrownBy(() -> AsUser.run(w.chair(), () -> minutes.approve(id)))
                .isInstanceOfSatisfying(InvalidInputException.class, key("meeting.minutes-empty"));
        assertThat(status(id)).isEqualTo(MinutesStatus.DRAFT);
        AsUser.call(w.secretariat(), () -> minutes.addDecision(itemId, "The target stays.", null));
        AsUser.run(w.chair(), () -> minutes.approve(id));
        assertThat(status(id)).isEqualTo(MinutesStatus.APPROVED);
        assertThatThrownBy(() -> AsUser.run(w.chair(), () -> minutes.approve(id)))
                .as("approved once").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void nothing_in_approved_minutes_can_change_through_the_services_but_action_items_are_still_followed_up() {
        long id = meeting(-3);
        long first = item(id, "Opening");
        long second = item(id, "Targets");
        notes(id, second, "Long debate on the share.");
        AsUser.run(w.secretariat(), () -> meetings.recordAttendance(id, w.member().id(), true));
        long action = AsUser.call(w.secretariat(), () -> minutes.addActionItem(second, new NewActionItem(
                "Cost estimate", w.lead().id(), minutes.today().plusDays(14))));
        AsUser.run(w.chair(), () -> minutes.approve(id));
        Agenda before = AsUser.call(w.secretariat(), () -> agendas.agenda(id));
        Meeting meeting = before.meeting();
        AgendaItem item = current(id, second);

        List<Runnable> changes = List.of(
                () -> agendas.addItem(id, new NewAgendaItem("Late item", 5, null, AgendaPurpose.INFORMATION, null)),
                () -> agendas.updateItem(second, new NewAgendaItem("Renamed", 5, null, AgendaPurpose.INFORMATION,
                        null), item.version()),
                () -> agendas.removeItem(first, current(id, first).version()),
                () -> agendas.move(second, -1),
                () -> meetings.recordAttendance(id, w.member().id(), false),
                () -> meetings.updateMeeting(id, new NewMeeting(MeetingKind.HEARING, "Renamed", meeting.startsAt(),
                        meeting.endsAt(), null, null, null, Set.of()), meeting.version()),
                () -> minutes.saveNotes(second, "Rewritten.", item.version()),
                () -> minutes.addDecision(second, "A decision nobody took.", null),
                () -> minutes.addActionItem(second, new NewActionItem("More work", w.lead().id(),
                        minutes.today().plusDays(3))));
        for (int i = 0; i < changes.size(); i++) {
            Runnable change = changes.get(i);
            assertThatThrownBy(() -> AsUser.run(w.secretariat(), change)).as("change " + i)
                    .isInstanceOfSatisfying(InvalidInputException.class, key("meeting.minutes-locked"));
        }
        assertThat(AsUser.call(w.secretariat(), () -> agendas.agenda(id)).items()).isEqualTo(before.items());
        Minutes after = AsUser.call(w.chair(), () -> minutes.minutes(id));
        assertThat(after.decisions()).isEmpty();
        assertThat(after.actionItems()).extracting(ActionItem::text).containsExactly("Cost estimate");
        assertThat(AsUser.call(w.chair(), () -> meetings.invitees(id))).filteredOn(i -> i.userId() == w.member().id())
                .extracting(Invitee::attended).containsExactly(true);

        AsUser.run(w.lead(), () -> minutes.setActionStatus(action, ActionStatus.IN_PROGRESS, 0));
        assertThat(AsUser.call(w.chair(), () -> minutes.minutes(id)).actionItems()).extracting(ActionItem::status)
                .containsExactly(ActionStatus.IN_PROGRESS);
    }

    @Test
    void a_correction_needs_a_reason_is_a_new_draft_version_and_leaves_the_approved_version_as_it_was() {
        long id = meeting(-3);
        long itemId = item(id, "Targets");
        notes(id, itemId, "The council kept 30%.");
        AsUser.call(w.secretariat(), () -> minutes.addDecision(itemId, "The 30% target stays.", null));
        AsUser.run(w.secretariat(), () -> meetings.recordAttendance(id, w.lead().id(), true));
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> minutes.startCorrection(id, "Too early.")))
                .as("a draft is edited, not corrected")
                .isInstanceOfSatisfying(InvalidInputException.class, key("meeting.minutes-correction-of-draft"));
        AsUser.run(w.chair(), () -> minutes.approve(id));

        for (TestUser who : new TestUser[] {w.member(), w.observer(), w.outsider()}) {
            assertThatThrownBy(() -> AsUser.run(who, () -> minutes.startCorrection(id, "Mine.")))
                    .as(who.username()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> minutes.startCorrection(id, "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(status(id)).isEqualTo(MinutesStatus.APPROVED);

        AsUser.run(w.secretariat(), () -> minutes.startCorrection(id, "The target agreed was 35%, not 30%."));
        Minutes draft = AsUser.call(w.secretariat(), () -> minutes.minutes(id));
        assertThat(draft.meeting().minutesStatus()).isEqualTo(MinutesStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(2);
        assertThat(draft.correction().reason()).isEqualTo("The target agreed was 35%, not 30%.");
        notes(id, itemId, "The council agreed on 35%.");
        AsUser.call(w.secretariat(), () -> minutes.addDecision(itemId, "The target is raised to 35%.", null));
        AsUser.run(w.secretariat(), () -> meetings.recordAttendance(id, w.member().id(), true));
        clock.advance(Duration.ofMinutes(5));
        AsUser.run(w.chair(), () -> minutes.approve(id));

        List<ApprovedVersion> versions = AsUser.call(w.secretariat(), () -> minutes.versions(id));
        assertThat(versions).extracting(ApprovedVersion::number, ApprovedVersion::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, null),
                        org.assertj.core.groups.Tuple.tuple(2, "The target agreed was 35%, not 30%."));
        assertThat(versions).extracting(ApprovedVersion::approvedByName).doesNotContainNull();
        assertThat(versions.get(1).approvedAt()).isAfter(versions.get(0).approvedAt());
        Minutes first = AsUser.call(w.chair(), () -> minutes.version(id, 1));
        assertThat(first.items()).extracting(AgendaItem::notes).containsExactly("The council kept 30%.");
        assertThat(first.decisions()).extracting(Decision::text).containsExactly("The 30% target stays.");
        assertThat(AsUser.call(w.chair(), () -> minutes.versionAttendance(id, 1)))
                .filteredOn(i -> Boolean.TRUE.equals(i.attended())).extracting(Invitee::userId)
                .containsExactly(w.lead().id());
        Minutes second = AsUser.call(w.chair(), () -> minutes.version(id, 2));
        assertThat(second.items()).extracting(AgendaItem::notes).containsExactly("The council agreed on 35%.");
        assertThat(second.decisions()).extracting(Decision::text)
                .containsExactly("The 30% target stays.", "The target is raised to 35%.");
        assertThat(AsUser.call(w.chair(), () -> minutes.minutes(id)).correction()).isNull();
        assertThatThrownBy(() -> AsUser.call(w.chair(), () -> minutes.version(id, 3)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void while_published_minutes_are_corrected_readers_see_the_approved_version_and_then_the_corrected_one() {
        long id = meeting(-3);
        long itemId = item(id, "Targets");
        notes(id, itemId, "The council kept 30%.");
        AsUser.call(w.secretariat(), () -> agendas.publish(id));
        AsUser.run(w.chair(), () -> minutes.approve(id));
        assertThat(AsUser.call(w.member(), () -> minutes.versions(id))).as("not released yet").isEmpty();
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> minutes.version(id, 1)))
                .isInstanceOf(NotFoundException.class);
        AsUser.run(w.secretariat(), () -> minutes.publishSummary(id, "The target stays."));
        AsUser.run(w.secretariat(), () -> minutes.publishFull(id));

        AsUser.run(w.secretariat(), () -> minutes.startCorrection(id, "A member's name was misspelt."));
        notes(id, itemId, "The council kept 30% (corrected).");
        Minutes duringCorrection = AsUser.call(w.member(), () -> minutes.minutes(id));
        assertThat(duringCorrection.full()).isTrue();
        assertThat(duringCorrection.version()).isEqualTo(1);
        assertThat(duringCorrection.items()).extracting(AgendaItem::notes).containsExactly("The council kept 30%.");
        assertThat(duringCorrection.correction().reason()).isEqualTo("A member's name was misspelt.");
        assertThat(AsUser.call(w.member(), () -> agendas.agenda(id)).items()).extracting(AgendaItem::notes)
                .as("the draft's notes stay with those who work on drafts").containsOnlyNulls();

        AsUser.run(w.chair(), () -> minutes.approve(id));
        assertThat(status(id)).as("back where the earlier version was").isEqualTo(MinutesStatus.PUBLISHED);
        Minutes corrected = AsUser.call(w.member(), () -> minutes.minutes(id));
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.items()).extracting(AgendaItem::notes).containsExactly("The council kept 30% (corrected).");
        assertThat(AsUser.call(w.member(), () -> minutes.versions(id))).extracting(ApprovedVersion::reason)
                .containsExactly(null, "A member's name was misspelt.");
        assertThat(AsUser.call(w.member(), () -> minutes.version(id, 1)).items()).extracting(AgendaItem::notes)
                .containsExactly("The council kept 30%.");
        assertThat(AsUser.call(w.member(), () -> notifications.mine(0, 20))).extracting(NotificationItem::messageKey)
                .contains("meeting.notification.minutes-corrected");
        assertThat(AsUser.call(w.secretariat(), () -> notifications.mine(0, 20))).extracting(NotificationItem::messageKey)
                .contains("meeting.notification.minutes-approved");
    }

    @Test
    void each_save_of_an_items_notes_is_kept_and_only_those_who_work_on_drafts_read_them() {
        long id = meeting(-3);
        long itemId = item(id, "Targets");
        AsUser.call(w.secretariat(), () -> agendas.publish(id));
        notes(id, itemId, "First draft.");
        clock.advance(Duration.ofMinutes(1));
        notes(id, itemId, "Second draft.");
        List<NotesVersion> history = AsUser.call(w.chair(), () -> minutes.notesHistory(itemId));
        assertThat(history).extracting(NotesVersion::notes).containsExactly("Second draft.", "First draft.");
        assertThat(history).extracting(NotesVersion::savedByName).doesNotContainNull();
        assertThat(history.get(0).savedAt()).isAfter(history.get(1).savedAt());

        for (TestUser who : new TestUser[] {w.member(), w.observer(), w.outsider()}) {
            assertThatThrownBy(() -> AsUser.call(who, () -> minutes.notesHistory(itemId))).as(who.username())
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> AsUser.call(w.chair(), () -> minutes.notesHistory(itemId + 100_000)))
                .as("not there reads like not yours").isInstanceOf(NotFoundException.class);
        assertThat(AsUser.call(w.member(), () -> agendas.agenda(id)).items()).extracting(AgendaItem::notes)
                .as("published agenda, draft minutes").containsOnlyNulls();
        assertThat(AsUser.call(w.member(), () -> minutes.minutes(id)).items()).isEmpty();
        assertThat(AsUser.call(w.chair(), () -> agendas.agenda(id)).items()).extracting(AgendaItem::notes)
                .containsExactly("Second draft.");
    }

    @Test
    void agenda_moves_approvals_and_corrections_leave_named_audit_entries() {
        long id = meeting(1);
        item(id, "Opening");
        long targets = item(id, "Targets");
        long other = item(id, "Any other business");
        AsUser.run(w.secretariat(), () -> agendas.move(other, -1));
        AsUser.run(w.secretariat(), () -> agendas.move(targets, -1));
        clock.advance(Duration.ofHours(4));
        notes(id, targets, "Debate.");
        AsUser.run(w.chair(), () -> minutes.approve(id));
        AsUser.run(w.secretariat(), () -> minutes.startCorrection(id, "Wrong order of speakers."));
        AsUser.run(w.chair(), () -> minutes.approve(id));

        List<AuditEntry> entries = AsUser.call(w.chair(), () -> audit.councilEvents(w.councilId(), 0, 100));
        assertThat(entries).filteredOn(e -> e.action().equals("AGENDA_ITEM_MOVED")).extracting(AuditEntry::summary)
                .containsExactlyInAnyOrder("Any other business: place 3 → 2", "Targets: place 3 → 2");
        assertThat(entries).filteredOn(e -> e.action().equals("AGENDA_ITEM_MOVED")).extracting(AuditEntry::objectId)
                .containsExactlyInAnyOrder(Long.toString(other), Long.toString(targets));
        assertThat(entries).filteredOn(e -> e.action().equals("MINUTES_APPROVED")).extracting(AuditEntry::summary)
                .containsExactly("version 1: DRAFT → APPROVED");
        assertThat(entries).filteredOn(e -> e.action().equals("MINUTES_CORRECTION_STARTED"))
                .extracting(AuditEntry::summary)
                .containsExactly("version 1 → 2 (was APPROVED); reason: Wrong order of speakers.");
        assertThat(entries).filteredOn(e -> e.action().equals("MINUTES_CORRECTION_APPROVED"))
                .extracting(AuditEntry::summary)
                .containsExactly("version 2: DRAFT → APPROVED; reason: Wrong order of speakers.");
    }
}
