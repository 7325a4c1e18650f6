package org.councilworkspace.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.councilworkspace.consensus.ConsensusService;
import org.councilworkspace.consensus.Stance;
import org.councilworkspace.meeting.ActionItem;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.InvitationResponse;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.MinutesStatus;
import org.councilworkspace.meeting.NewActionItem;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class MeetingViewsTest extends KaribuTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired ConsensusService consensus;
    @Autowired MutableClock clock;

    PlanWorld w;
    long targets;
    long meetingId;

    @BeforeEach
    void meeting() {
        w = planFixtures.world();
        targets = planFixtures.section(w, null, "Targets");
        planFixtures.write(w.lead(), targets, "30% by 2031.");
        AsUser.call(w.member(), () -> consensus.recordPosition(w.planId(), targets, Stance.OBJECT, "Too high."));
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusDays(14);
        meetingId = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "3rd plenary", start, start.plusHours(2), "Hall A", null, null,
                Set.of(w.chair().id(), w.member().id(), w.observer().id()))));
    }

    @Test
    void the_council_tab_lists_upcoming_meetings_and_offers_the_secretariat_a_new_one() {
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/meetings");
        @SuppressWarnings("unchecked")
        Grid<org.councilworkspace.meeting.Meeting> upcoming = _get(Grid.class, spec -> spec.withId("upcoming-meetings"));
        assertThat(GridKt._size(upcoming)).isEqualTo(1);
        assertThat(_find(Button.class, spec -> spec.withId("new-meeting"))).hasSize(1);
        signIn(w.member());
        navigate("councils/" + w.councilId() + "/meetings");
        assertThat(_find(Button.class, spec -> spec.withId("new-meeting"))).isEmpty();
    }

    @Test
    void the_secretariat_adds_a_suggestion_with_one_click_and_publishes_the_agenda() {
        signIn(w.secretariat());
        navigate("meetings/" + meetingId);
        Div suggestions = _get(Div.class, spec -> spec.withId("agenda-suggestions"));
        _click(_get(suggestions, Button.class, spec -> spec.withClasses("cw-add-suggestion")));
        OrderedList items = _get(OrderedList.class, spec -> spec.withId("agenda-items"));
        assertThat(items.getElement().getTextRecursively()).contains("1 Targets", "Decision");
        _click(_get(Button.class, spec -> spec.withId("publish-agenda")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-status")).getText())
                .as("nothing is published before the secretariat confirms").doesNotStartWith("✔");
        _click(_get(Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("agenda-status")).getText()).startsWith("✔ Agenda published");
    }

    @Test
    void an_invited_member_answers_and_sees_no_draft_minutes() {
        signIn(w.member());
        navigate("meetings/" + meetingId);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<InvitationResponse> answer = _get(RadioButtonGroup.class, spec -> spec.withId("invitation-answer"));
        answer.setValue(InvitationResponse.ATTENDING);
        _click(_get(Button.class, spec -> spec.withId("invitation-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("invitation-status")).getText())
                .isEqualTo("Your answer: Attending.");
        assertThat(_find(Div.class, spec -> spec.withId("attendance"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("agenda-suggestions"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("minutes")).getElement().getTextRecursively())
                .contains("The minutes have not been released yet.");
    }

    /**
     * A plenary that took place, with one agenda item and a decision in its draft minutes: its agenda was made before
     * it, then the day went by.
     */
    long heldMeeting() {
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusHours(1);
        long id = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "2nd plenary", start, start.plusHours(2), "Hall A", null, null,
                Set.of(w.chair().id(), w.member().id()))));
        long item = AsUser.call(w.secretariat(), () -> agendas.addItem(id, new NewAgendaItem("Targets", 30, null,
                AgendaPurpose.DECISION, null)));
        clock.advance(java.time.Duration.ofDays(1));
        AsUser.call(w.secretariat(), () -> minutes.addDecision(item, "The 30% target stays.", null));
        return id;
    }

    static Dialog finalAction() {
        MockVaadin.clientRoundtrip();
        return _get(Dialog.class, spec -> spec.withId("final-action"));
    }

    @Test
    void the_chair_is_asked_before_approving_names_the_meeting_and_cancel_changes_nothing() {
        long held = heldMeeting();
        signIn(w.chair());
        navigate("meetings/" + held);
        _click(_get(Button.class, spec -> spec.withId("approve-minutes")));
        Dialog dialog = finalAction();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Approve the minutes of 2nd plenary");
        assertThat(dialog.getElement().getTextRecursively()).contains("can no longer change",
                "corrected by a new version with a stated reason", "The secretariat is notified");
        _click(_get(Button.class, spec -> spec.withId("final-action-cancel")));
        assertThat(AsUser.call(w.chair(), () -> meetings.meeting(held)).minutesStatus()).isEqualTo(MinutesStatus.DRAFT);

        _click(_get(Button.class, spec -> spec.withId("approve-minutes")));
        _click(_get(finalAction(), Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("minutes-status")).getText())
                .isEqualTo("Minutes: Approved by the chair");
        assertThat(_find(Button.class, spec -> spec.withId("approve-minutes"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("cw-add-decision"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("edit-meeting"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("agenda-suggestions"))).isEmpty();
    }

    @Test
    void before_the_meeting_the_chair_is_told_when_the_minutes_can_be_approved() {
        long item = AsUser.call(w.secretariat(), () -> agendas.addSuggestion(meetingId,
                agendas.suggestions(meetingId).get(0)));
        AsUser.call(w.secretariat(), () -> minutes.addDecision(item, "Agreed ahead of time.", null));
        signIn(w.chair());
        navigate("meetings/" + meetingId);
        assertThat(_find(Button.class, spec -> spec.withId("approve-minutes"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("minutes-approve-wait")).getText())
                .startsWith("The minutes can be approved once the meeting has started");
    }

    @Test
    void a_correction_needs_a_reason_and_the_approved_version_still_opens_as_approved() {
        long held = heldMeeting();
        AsUser.run(w.chair(), () -> minutes.approve(held));
        signIn(w.secretariat());
        navigate("meetings/" + held);
        _click(_get(Button.class, spec -> spec.withId("start-correction")));
        Dialog dialog = finalAction();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Start a correction of the minutes of 2nd plenary");
        assertThat(dialog.getElement().getTextRecursively()).contains("Version 1 stays readable exactly as approved");
        _click(_get(dialog, Button.class, spec -> spec.withId("final-action-confirm")));
        TextArea reason = _get(dialog, TextArea.class, spec -> spec.withId("final-action-reason"));
        assertThat(reason.isInvalid()).as("no reason given").isTrue();
        assertThat(AsUser.call(w.chair(), () -> meetings.meeting(held)).minutesStatus())
                .isEqualTo(MinutesStatus.APPROVED);
        reason.setValue("The decision was taken under the next item.");
        _click(_get(dialog, Button.class, spec -> spec.withId("final-action-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("minutes-status")).getText()).isEqualTo("Minutes: Draft");
        assertThat(_get(Paragraph.class, spec -> spec.withId("minutes-correction")).getText())
                .contains("version 2", "The decision was taken under the next item.");

        long item = AsUser.call(w.secretariat(), () -> agendas.agenda(held)).items().get(0).id();
        AsUser.call(w.secretariat(), () -> minutes.addDecision(item, "The target is raised to 35%.", null));
        AsUser.run(w.chair(), () -> minutes.approve(held));
        navigate("meetings/" + held);
        Div versions = _get(Div.class, spec -> spec.withId("minutes-versions"));
        assertThat(versions.getElement().getTextRecursively()).contains("Version 1", "Version 2",
                "The decision was taken under the next item.");
        _click(_find(versions, Button.class, spec -> spec.withClasses("cw-open-version")).get(0));
        MockVaadin.clientRoundtrip();
        Dialog first = _get(Dialog.class, spec -> spec.withId("minutes-version-dialog"));
        assertThat(first.getElement().getTextRecursively()).contains("The 30% target stays.")
                .doesNotContain("raised to 35%");
    }

    @Test
    void the_secretariat_reads_every_saved_version_of_an_items_notes() {
        long held = heldMeeting();
        long item = AsUser.call(w.secretariat(), () -> agendas.agenda(held)).items().get(0).id();
        AsUser.run(w.secretariat(), () -> minutes.saveNotes(item, "First account of the debate.", 0));
        AsUser.run(w.secretariat(), () -> minutes.saveNotes(item, "Second account of the debate.", 1));
        signIn(w.secretariat());
        navigate("meetings/" + held);
        _click(_get(Button.class, spec -> spec.withClasses("cw-notes-history")));
        MockVaadin.clientRoundtrip();
        Dialog history = _get(Dialog.class, spec -> spec.withId("notes-history"));
        assertThat(history.getElement().getTextRecursively()).contains("First account of the debate.",
                "Second account of the debate.");
        signIn(w.member());
        navigate("meetings/" + held);
        assertThat(_find(Button.class, spec -> spec.withClasses("cw-notes-history"))).isEmpty();
    }

    @Test
    void the_tracker_marks_overdue_items_in_words() {
        long item = AsUser.call(w.secretariat(), () -> agendas.addSuggestion(meetingId,
                agendas.suggestions(meetingId).get(0)));
        AsUser.call(w.secretariat(), () -> minutes.addActionItem(item, new NewActionItem("Cost estimate",
                w.member().id(), minutes.today().minusDays(1))));
        signIn(w.member());
        navigate("action-items");
        @SuppressWarnings("unchecked")
        Grid<ActionItem> grid = _get(Grid.class, spec -> spec.withId("action-items"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getCellComponent(grid, 0, "due").getElement().getTextRecursively()).contains("⚠ Overdue");
    }

    @Test
    void the_secretariat_changes_the_meeting_title_in_the_form() {
        signIn(w.secretariat());
        navigate("meetings/" + meetingId);
        _click(_get(Button.class, spec -> spec.withId("edit-meeting")));
        _get(TextField.class, spec -> spec.withId("meeting-form-title")).setValue("3rd plenary (moved)");
        _click(_get(Button.class, spec -> spec.withId("meeting-form-save")));
        assertThat(_get(H1.class, spec -> spec.withText("3rd plenary (moved)"))).isNotNull();
        assertThat(AsUser.call(w.member(), () -> meetings.invitees(meetingId))).hasSize(3);
        signIn(w.member());
        navigate("meetings/" + meetingId);
        assertThat(_find(Button.class, spec -> spec.withId("edit-meeting"))).isEmpty();
    }
}
