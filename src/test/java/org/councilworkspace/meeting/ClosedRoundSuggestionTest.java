package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Set;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.Disposition;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.consultation.SubmissionFilter;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A closed consultation round whose comments are not all answered is suggested for the agenda and linkable; a
 * round's link leads each reader where they may go.
 */
@ServiceTest
@Import(ConsultationWorld.class)
class ClosedRoundSuggestionTest {

    // The services read the shared test clock, which other tests move forward; dates here follow it.
    @Autowired java.time.Clock clock;
    @Autowired ConsultationWorld consultations;
    @Autowired PublicConsultation publicSide;
    @Autowired RoundService rounds;
    @Autowired ReviewService review;
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
        OffsetDateTime start = OffsetDateTime.now(clock).plusDays(20);
        long meeting = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "Plenary", start, start.plusHours(2), "Room 1", null, null, Set.of())));
        assertThat(AsUser.call(w.secretariat(), () -> agendas.suggestions(meeting)))
                .as("still open: nothing to answer yet").noneMatch(s -> s.kind() == AgendaLinkKind.ROUND);

        AsUser.run(w.secretariat(), () -> rounds.closeNow(round, "Enough comments for the plenary."));
        var suggestion = AsUser.call(w.secretariat(), () -> agendas.suggestions(meeting)).stream()
                .filter(s -> s.kind() == AgendaLinkKind.ROUND).findFirst().orElseThrow();
        assertThat(suggestion.targetId()).isEqualTo(round);
        AsUser.call(w.secretariat(), () -> agendas.addSuggestion(meeting, suggestion));
        assertThat(AsUser.call(w.secretariat(), () -> agendas.linkChoices(meeting)))
                .anyMatch(c -> c.link().kind() == AgendaLinkKind.ROUND && c.link().targetId() == round);
    }

    @Test
    void a_member_follows_a_round_link_to_the_public_page_and_the_secretariat_to_the_round() {
        ConsultationWorld.World w = consultations.create();
        long round = consultations.openPublicRound(w);
        OffsetDateTime start = OffsetDateTime.now(clock).plusDays(20);
        long meeting = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "Plenary", start, start.plusHours(2), "Room 1", null, null, Set.of())));
        AgendaLink link = new AgendaLink(AgendaLinkKind.ROUND, round);

        assertThat(AsUser.call(w.secretariat(), () -> agendas.linkPath(meeting, link)))
                .contains("consultations/" + round);
        assertThat(AsUser.call(w.plan().member(), () -> agendas.linkPath(meeting, link)))
                .as("open and public: its portal page, by the address that follows the browser's language")
                .contains("/consult/" + round);

        publicSide.submit(round, ConsultationWorld.comment("Publish the charging map."), "198.51.100.8");
        AsUser.run(w.secretariat(), () -> rounds.closeNow(round, "Enough comments for the plenary."));
        assertThat(AsUser.call(w.plan().member(), () -> agendas.linkPath(meeting, link)))
                .as("closed, results not published: nowhere a member may go").isEmpty();
        assertThat(AsUser.call(w.secretariat(), () -> agendas.linkPath(meeting, link)))
                .contains("consultations/" + round);

        AsUser.run(w.secretariat(), () -> {
            long submission = review.submissions(round, SubmissionFilter.ALL, 0, 1).get(0).id();
            review.respond(submission, Disposition.NOTED, "Noted; see the plan's charging section.", null);
            review.publish(round, false);
        });
        assertThat(AsUser.call(w.plan().member(), () -> agendas.linkPath(meeting, link)))
                .as("results published: the public results").contains("/consult/" + round + "/results");
        assertThat(AsUser.call(w.plan().outsider(), () -> {
            try {
                return agendas.linkPath(meeting, link);
            } catch (org.springframework.security.access.AccessDeniedException e) {
                return java.util.Optional.of("refused");
            }
        })).as("someone outside the council does not read its agendas").contains("refused");
    }
}
