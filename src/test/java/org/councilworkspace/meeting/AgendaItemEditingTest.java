package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Agenda items are changed before the meeting and stay as they were once it is over. */
@ServiceTest
class AgendaItemEditingTest extends MeetingWorld {

    @Test
    void the_secretariat_changes_an_items_title_purpose_minutes_and_presenter() {
        long id = meeting(14);
        long item = item(id, "Targets", 30);
        AsUser.run(w.secretariat(), () -> agendas.updateItem(item, new NewAgendaItem("Targets for 2031", 45,
                "Dr. Somchai", AgendaPurpose.DECISION, null), 0));
        AgendaItem changed = AsUser.call(w.secretariat(), () -> agendas.agenda(id)).items().get(0);
        assertThat(changed.title()).isEqualTo("Targets for 2031");
        assertThat(changed.minutesAllotted()).isEqualTo(45);
        assertThat(changed.presenter()).isEqualTo("Dr. Somchai");
        assertThat(changed.purpose()).isEqualTo(AgendaPurpose.DECISION);
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> agendas.updateItem(item, new NewAgendaItem("Mine", 5,
                null, AgendaPurpose.DECISION, null), changed.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(w.observer(), () -> agendas.updateItem(item, new NewAgendaItem("Seen", 5,
                null, AgendaPurpose.DECISION, null), changed.version()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void once_the_meeting_is_over_its_agenda_is_read_only_with_the_reason_but_the_minutes_go_on() {
        long id = meeting(1);
        long first = item(id, "Opening", 10);
        long second = item(id, "Targets", 30);
        clock.advance(Duration.ofDays(1).plusHours(3));
        AgendaItem item = AsUser.call(w.secretariat(), () -> agendas.agenda(id)).items().get(1);
        List<Runnable> changes = List.of(
                () -> agendas.addItem(id, new NewAgendaItem("Late item", 5, null, AgendaPurpose.INFORMATION, null)),
                () -> agendas.updateItem(second, new NewAgendaItem("Renamed", 5, null, AgendaPurpose.INFORMATION,
                        null), item.version()),
                () -> agendas.move(second, -1),
                () -> agendas.removeItem(first, 0));
        for (Runnable change : changes) {
            assertThatThrownBy(() -> AsUser.run(w.secretariat(), change))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("meeting.agenda-past"));
        }
        Meeting meeting = AsUser.call(w.secretariat(), () -> meetings.meeting(id));
        assertThat(agendas.editable(meeting)).isFalse();
        assertThat(AsUser.call(w.secretariat(), () -> agendas.agenda(id)).items()).extracting(AgendaItem::title)
                .containsExactly("Opening", "Targets");
        AsUser.run(w.secretariat(), () -> minutes.saveNotes(second, "The target stays.", item.version()));
        assertThat(AsUser.call(w.secretariat(), () -> agendas.agenda(id)).items().get(1).notes())
                .isEqualTo("The target stays.");
    }

    @Test
    void during_the_meeting_an_item_can_still_be_added() {
        long id = meeting(1);
        item(id, "Opening", 10);
        clock.advance(Duration.ofDays(1).plusMinutes(30));
        long added = item(id, "Any other business", 10);
        assertThat(AsUser.call(w.secretariat(), () -> agendas.agenda(id)).items()).extracting(AgendaItem::id)
                .endsWith(added);
    }
}
