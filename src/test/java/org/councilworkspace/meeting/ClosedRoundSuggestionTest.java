package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Set;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A closed consultation round whose comments are not all answered is suggested for the agenda and linkable. */
@ServiceTest
@Import(ConsultationWorld.class)
class ClosedRoundSuggestionTest {

    @Autowired ConsultationWorld consultations;
    @Autowired PublicConsultation publicSide;
    @Autowired RoundService rounds;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void a_closed_round_with_unanswered_comments_is_suggested() {
        ConsultationWorld.World w = consultations.create();
        long round = consultations.openPublicRound(w);
        publicSide.submit(round, ConsultationWorld.comment("Need more charging stations."), "198.51.100.7");
        OffsetDateTime start = OffsetDateTime.now().plusDays(20);
        long meeting = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "Plenary", start, start.plusHours(2), "Room 1", null, null, Set.of())));
        assertThat(AsUser.call(w.secretariat(), () -> agendas.suggestions(meeting)))
                .as("still open: nothing to answer yet").noneMatch(s -> s.kind() == AgendaLinkKind.ROUND);

        AsUser.run(w.secretariat(), () -> rounds.closeNow(round));
        var suggestion = AsUser.call(w.secretariat(), () -> agendas.suggestions(meeting)).stream()
                .filter(s -> s.kind() == AgendaLinkKind.ROUND).findFirst().orElseThrow();
        assertThat(suggestion.targetId()).isEqualTo(round);
        AsUser.call(w.secretariat(), () -> agendas.addSuggestion(meeting, suggestion));
        assertThat(AsUser.call(w.secretariat(), () -> agendas.linkChoices(meeting)))
                .anyMatch(c -> c.link().kind() == AgendaLinkKind.ROUND && c.link().targetId() == round);
    }
}
