package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** An agenda item dragged to a new place: as the secretariat may, and as nobody else may. */
@ServiceTest
class AgendaDragOrderTest extends MeetingWorld {

    @Autowired AgendaActivity activity;

    private java.util.List<Long> order(long meetingId) {
        return AsUser.call(w.secretariat(), () -> agendas.agenda(meetingId)).items().stream().map(AgendaItem::id)
                .toList();
    }

    @Test
    void an_item_dropped_on_another_takes_its_place_and_the_items_between_move_by_one() {
        long id = meeting(14);
        long a = item(id, "Opening", 10);
        long b = item(id, "Targets", 30);
        long c = item(id, "Budget", 30);
        long d = item(id, "Any other business", 10);
        AsUser.run(w.secretariat(), () -> agendas.place(id, d, 0));
        assertThat(order(id)).containsExactly(d, a, b, c);
        AsUser.run(w.secretariat(), () -> agendas.place(id, a, 3));
        assertThat(order(id)).containsExactly(d, b, c, a);
        AsUser.run(w.secretariat(), () -> agendas.place(id, c, 2));
        assertThat(order(id)).as("already there: nothing moves").containsExactly(d, b, c, a);
        assertThat(AsUser.call(w.secretariat(), () -> agendas.agenda(id)).items()).extracting(AgendaItem::position)
                .as("numbered without gaps").containsExactly(0, 1, 2, 3);
    }

    @Test
    void open_pages_of_the_meeting_are_told_when_its_agenda_is_reordered() {
        long id = meeting(14);
        long other = meeting(15);
        long a = item(id, "Opening", 10);
        long b = item(id, "Targets", 30);
        AtomicInteger told = new AtomicInteger();
        AtomicInteger otherTold = new AtomicInteger();
        Runnable stop = activity.subscribe(id, told::incrementAndGet);
        Runnable stopOther = activity.subscribe(other, otherTold::incrementAndGet);
        try {
            AsUser.run(w.secretariat(), () -> agendas.place(id, b, 0));
            AsUser.run(w.secretariat(), () -> agendas.move(b, 1));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> told.get() == 2);
            assertThat(otherTold.get()).as("another meeting's page").isZero();
            assertThat(order(id)).containsExactly(a, b);
        } finally {
            stop.run();
            stopOther.run();
        }
    }

    @Test
    void an_item_of_another_meeting_is_not_found_on_this_agenda_and_a_place_off_the_agenda_is_refused() {
        long id = meeting(14);
        long a = item(id, "Opening", 10);
        long b = item(id, "Targets", 30);
        long elsewhere = meeting(21);
        long foreign = item(elsewhere, "Another meeting's item", 20);
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> agendas.place(id, foreign, 0)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> agendas.place(id, a, 2)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.range"));
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> agendas.place(id, a, -1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(order(id)).containsExactly(a, b);
        assertThat(order(elsewhere)).containsExactly(foreign);
    }

    @Test
    void members_observers_and_outsiders_cannot_reorder_and_nobody_can_once_the_meeting_is_over() {
        long id = meeting(1);
        long a = item(id, "Opening", 10);
        long b = item(id, "Targets", 30);
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> agendas.place(id, b, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(w.observer(), () -> agendas.place(id, b, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(w.outsider(), () -> agendas.place(id, b, 0)))
                .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
        clock.advance(Duration.ofDays(1).plusHours(3));
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> agendas.place(id, b, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("meeting.agenda-past"));
        assertThat(order(id)).containsExactly(a, b);
    }
}
