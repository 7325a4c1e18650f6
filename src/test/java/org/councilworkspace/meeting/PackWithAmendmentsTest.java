package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Set;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.amendment.AmendmentStance;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.text.DiffSegment;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The meeting pack reads an amendment on the agenda through the amendment feature, as the reader may see it. */
@ServiceTest
class PackWithAmendmentsTest {

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
    void an_amendment_on_the_agenda_comes_with_its_wording_reason_proposer_and_support_and_outsiders_get_nothing() {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Targets");
        planFixtures.write(w.lead(), section, "Thirty per cent by 2030.");
        long amendment = AsUser.call(w.member(), () -> amendments.propose(section,
                drafting.section(section).revisionId(), "Forty per cent by 2030.", "More ambition."));
        AsUser.run(w.lead(), () -> amendments.opine(amendment, AmendmentStance.SUPPORT, "Agreed."));
        OffsetDateTime start = OffsetDateTime.now(clock).plusDays(20);
        long meeting = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "Plenary", start, start.plusHours(2), "Room 1", null, null,
                Set.of(w.member().id()))));
        var suggestion = AsUser.call(w.secretariat(), () -> agendas.suggestions(meeting)).stream()
                .filter(s -> s.kind() == AgendaLinkKind.AMENDMENT).findFirst().orElseThrow();
        AsUser.call(w.secretariat(), () -> agendas.addSuggestion(meeting, suggestion));

        MeetingPack pack = AsUser.call(w.secretariat(), () -> agendas.pack(meeting));

        assertThat(pack.amendments()).singleElement().satisfies(a -> {
            assertThat(a.amendmentId()).isEqualTo(amendment);
            assertThat(a.rationale()).isEqualTo("More ambition.");
            assertThat(a.proposerName()).isNotBlank();
            assertThat(a.state()).isEqualTo("OPEN");
            assertThat(a.changes()).anyMatch(s -> s.kind() == DiffSegment.Kind.DELETED && s.text().contains("Thirty"))
                    .anyMatch(s -> s.kind() == DiffSegment.Kind.INSERTED && s.text().contains("Forty"));
            assertThat(a.supporters()).singleElement().satisfies(s -> {
                assertThat(s.name()).isNotBlank();
                assertThat(s.group()).isNotNull();
            });
        });
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> agendas.pack(meeting)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
