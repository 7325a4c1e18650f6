package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Set;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Open amendments are offered as agenda suggestions and can be linked; decided ones drop out. */
@ServiceTest
class AgendaLinksFromOtherFeaturesTest {

    // The services read the shared test clock, which other tests move forward; dates here follow it.
    @Autowired java.time.Clock clock;
    @Autowired PlanFixtures planFixtures;
    @Autowired DraftingService drafting;
    @Autowired AmendmentService amendments;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void an_open_amendment_is_suggested_linked_and_dropped_once_decided() {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Targets");
        planFixtures.write(w.lead(), section, "Thirty per cent by 2030.");
        long amendment = AsUser.call(w.member(), () -> amendments.propose(section,
                drafting.section(section).revisionId(), "Forty per cent by 2030.", "More ambition."));
        OffsetDateTime start = OffsetDateTime.now(clock).plusDays(20);
        long meeting = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "Plenary", start, start.plusHours(2), "Room 1", null, null,
                Set.of(w.member().id()))));

        var suggestion = AsUser.call(w.secretariat(), () -> agendas.suggestions(meeting)).stream()
                .filter(s -> s.kind() == AgendaLinkKind.AMENDMENT).findFirst().orElseThrow();
        assertThat(suggestion.targetId()).isEqualTo(amendment);
        assertThat(suggestion.title()).contains("Targets");
        assertThat(AsUser.call(w.secretariat(), () -> agendas.linkChoices(meeting)))
                .anyMatch(c -> c.link().kind() == AgendaLinkKind.AMENDMENT && c.link().targetId() == amendment);
        AsUser.call(w.secretariat(), () -> agendas.addSuggestion(meeting, suggestion));
        assertThat(AsUser.call(w.secretariat(), () -> agendas.suggestions(meeting)))
                .noneMatch(s -> s.kind() == AgendaLinkKind.AMENDMENT);

        long other = AsUser.call(w.chair(), () -> amendments.propose(section,
                drafting.section(section).revisionId(), "Fifty per cent by 2030.", "Even more."));
        AsUser.call(w.chair(), () -> amendments.reject(other, 0, "Not realistic."));
        assertThat(AsUser.call(w.secretariat(), () -> agendas.suggestions(meeting)))
                .noneMatch(s -> s.kind() == AgendaLinkKind.AMENDMENT && s.targetId() == other);
    }
}
