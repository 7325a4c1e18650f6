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

/** Agendas as the secretariat builds them: order, suggestions, links and the notice period, each tried by the wrong person. */
abstract class AgendaServiceContract extends MeetingWorld {

    @Test
    void items_are_ordered_moved_and_an_overlong_agenda_shows_by_how_much() {
        long id = meeting(14);
        long a = item(id, "Opening", 10);
        long b = item(id, "Targets", 90);
        long c = item(id, "Any other business", 30);
        AsUser.run(w.secretariat(), () -> agendas.move(c, -1));
        Agenda agenda = AsUser.call(w.secretariat(), () -> agendas.agenda(id));
        assertThat(agenda.items()).extracting(AgendaItem::id).containsExactly(a, c, b);
        assertThat(agenda.totalMinutes()).isEqualTo(130);
        assertThat(agenda.overrunMinutes()).as("two-hour meeting").isEqualTo(10);
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> agendas.move(a, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.observer(), () -> agendas.addItem(id,
                new NewAgendaItem("x", 5, null, AgendaPurpose.INFORMATION, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(w.member(), () -> agendas.agenda(id)).items()).as("not yet published").isEmpty();
    }

    @Test
    void suggestions_offer_contested_and_stale_sections_and_one_click_adds_them() {
        AsUser.call(w.member(), () -> consensus.recordPosition(w.planId(), targets, Stance.OBJECT, "Too high."));
        AsUser.call(w.member(), () -> consensus.recordPosition(w.planId(), vision, Stance.AGREE, null));
        planFixtures.write(w.lead(), vision, "A regional hub for clean vehicles.");
        long id = meeting(14);
        List<AgendaSuggestion> suggested = AsUser.call(w.secretariat(), () -> agendas.suggestions(id));
        assertThat(suggested).extracting(AgendaSuggestion::targetId, AgendaSuggestion::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(vision, ConsensusSuggestions.STALE),
                        org.assertj.core.groups.Tuple.tuple(targets, ConsensusSuggestions.CONTESTED));
        AgendaSuggestion contested = suggested.get(1);
        long item = AsUser.call(w.secretariat(), () -> agendas.addSuggestion(id, contested));
        AgendaItem added = AsUser.call(w.secretariat(), () -> agendas.agenda(id)).items().get(0);
        assertThat(added.id()).isEqualTo(item);
        assertThat(added.link()).isEqualTo(new AgendaLink(AgendaLinkKind.SECTION, targets));
        assertThat(added.linkTitle()).isEqualTo("2 Targets");
        assertThat(added.purpose()).isEqualTo(AgendaPurpose.DECISION);
        assertThat(AsUser.call(w.secretariat(), () -> agendas.suggestions(id)))
                .extracting(AgendaSuggestion::targetId).containsExactly(vision);
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> agendas.suggestions(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_link_to_another_councils_section_is_refused() {
        PlanWorld other = planFixtures.world();
        long foreign = planFixtures.section(other, null, "Elsewhere");
        long id = meeting(14);
        assertThatThrownBy(() -> AsUser.call(w.secretariat(), () -> agendas.addItem(id, new NewAgendaItem("Foreign", 10,
                null, AgendaPurpose.DISCUSSION, new AgendaLink(AgendaLinkKind.SECTION, foreign)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("link"));
        assertThat(AsUser.call(w.secretariat(), () -> agendas.agenda(id)).items()).isEmpty();
    }

    @Test
    void publishing_within_the_notice_period_is_on_time_and_notifies_the_invited() {
        long id = meeting(10);
        item(id, "Targets", 30);
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> agendas.publish(id)))
                .isInstanceOf(AccessDeniedException.class);
        AgendaPublication published = AsUser.call(w.secretariat(), () -> agendas.publish(id));
        assertThat(published.late()).isFalse();
        assertThat(published.notified()).isEqualTo(4);
        assertThat(AsUser.call(w.member(), () -> agendas.agenda(id)).items()).hasSize(1);
        List<NotificationItem> mine = AsUser.call(w.member(), () -> notifications.mine(0, 10));
        assertThat(mine).extracting(NotificationItem::messageKey).contains("meeting.notification.agenda-published");
        assertThat(mine.get(0).link()).isEqualTo("meetings/" + id);
    }

    @Test
    void publishing_later_than_the_councils_notice_period_is_flagged() {
        long soon = meeting(5);
        item(soon, "Targets", 30);
        assertThat(AsUser.call(w.secretariat(), () -> agendas.publishingNowIsLate(soon))).isTrue();
        AsUser.run(w.chair(), () -> meetings.setNoticeDays(w.councilId(), 3));
        assertThat(AsUser.call(w.secretariat(), () -> agendas.publishingNowIsLate(soon))).isFalse();
        AsUser.run(w.secretariat(), () -> meetings.setNoticeDays(w.councilId(), 14));
        AgendaPublication published = AsUser.call(w.secretariat(), () -> agendas.publish(soon));
        assertThat(published.late()).isTrue();
        assertThat(published.noticeDays()).isEqualTo(14);
        assertThat(AsUser.call(w.member(), () -> meetings.meeting(soon)).agendaPublishedLate()).isTrue();
        assertThatThrownBy(() -> AsUser.run(w.member(), () -> meetings.setNoticeDays(w.councilId(), 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(w.secretariat(), () -> meetings.setNoticeDays(w.councilId(), -1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void items_can_be_linked_by_hand_to_the_councils_sections_and_versions() {
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1", null));
        long id = meeting(14);
        assertThat(AsUser.call(w.secretariat(), () -> agendas.linkChoices(id))).extracting(LinkChoice::link)
                .containsExactly(new AgendaLink(AgendaLinkKind.SECTION, vision),
                        new AgendaLink(AgendaLinkKind.SECTION, targets), new AgendaLink(AgendaLinkKind.VERSION, version));
        long item = AsUser.call(w.secretariat(), () -> agendas.addItem(id, new NewAgendaItem("Draft as frozen", 20,
                null, AgendaPurpose.INFORMATION, new AgendaLink(AgendaLinkKind.VERSION, version))));
        assertThat(AsUser.call(w.observer(), () -> agendas.linkPath(id, new AgendaLink(AgendaLinkKind.VERSION,
                version)))).contains("plans/" + w.planId() + "/versions/" + version);
        assertThat(AsUser.call(w.secretariat(), () -> agendas.agenda(id)).items()).filteredOn(i -> i.id() == item)
                .extracting(AgendaItem::linkTitle).first().asString().endsWith(" v0.1");
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> agendas.linkChoices(id)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
