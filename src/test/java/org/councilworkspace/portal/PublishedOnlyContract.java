package org.councilworkspace.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.NewRound;
import org.councilworkspace.consultation.RoundKind;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.PlanFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Walks every id of every kind the portal shows, from the first created here to past the last (ids no one has yet),
 * and checks that only what was published answers, and that everything else answers exactly like an id that never
 * existed.
 */
abstract class PublishedOnlyContract {

    private static final String SECRET = "Secretariat only: the draft position of the ministry";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;
    @Autowired PublishedPlans published;
    @Autowired RoundService rounds;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired org.councilworkspace.meeting.MeetingDocuments documents;
    @Autowired Clock clock;

    @Test
    void only_published_versions_rounds_results_and_meetings_answer_and_the_rest_is_indistinguishable_from_missing()
            throws Exception {
        ConsultationWorld worlds = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock);
        ConsultationWorld.World w = worlds.create();
        var secretariat = w.secretariat();
        long internal = w.versionId();
        planFixtures.write(w.plan().lead(), w.vision(), SECRET);
        long publishedVersion = AsUser.call(secretariat, () -> versions.freeze(w.plan().planId(), false, "v0.2", null));
        AsUser.run(secretariat, () -> published.publish(publishedVersion));
        long laterInternal = AsUser.call(secretariat, () -> versions.freeze(w.plan().planId(), false, "v0.3", null));

        OffsetDateTime now = OffsetDateTime.now(clock);
        long draftRound = AsUser.call(secretariat, () -> rounds.createRound(w.councilId(), new NewRound(internal,
                "Draft round", null, RoundKind.PUBLIC, now.plusDays(5), null, List.of())));
        long openRound = worlds.openPublicRound(w);
        long invitedRound = AsUser.call(secretariat, () -> rounds.createRound(w.councilId(), new NewRound(internal,
                "Invited round", null, RoundKind.INVITED, now.minusMinutes(1), now.plusDays(14), List.of())));
        AsUser.run(secretariat, () -> rounds.openNow(invitedRound));
        String token = AsUser.call(secretariat, () -> rounds.invite(invitedRound, "Auto Parts Association",
                OrganizationType.INDUSTRY_ASSOCIATION, "parts@example.org", now.plusDays(10)));

        OffsetDateTime start = now.truncatedTo(ChronoUnit.MINUTES).plusDays(3);
        long quietMeeting = meeting(w, secretariat, start, "Internal preparation");
        AsUser.call(secretariat, () -> agendas.addItem(quietMeeting, new NewAgendaItem(SECRET, 20, null,
                AgendaPurpose.DISCUSSION, null)));
        long publicMeeting = meeting(w, secretariat, start.plusDays(1), "5th plenary");
        AsUser.call(secretariat, () -> agendas.addItem(publicMeeting, new NewAgendaItem("Targets for 2031", 30, null,
                AgendaPurpose.DECISION, null)));
        AsUser.run(secretariat, () -> agendas.publish(publicMeeting));
        byte[] paper = "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long quietDocument = AsUser.call(secretariat, () -> documents.add(quietMeeting, "Quiet paper", "q.pdf", paper, true));
        long internalDocument = AsUser.call(secretariat, () -> documents.add(publicMeeting, "Internal paper", "i.pdf",
                paper, false));
        long publicDocument = AsUser.call(secretariat, () -> documents.add(publicMeeting, "Public paper", "p.pdf",
                paper, true));

        walk(internal, laterInternal + 3, Set.of(publishedVersion),
                id -> "/public/en/versions/" + id);
        walk(internal, laterInternal + 3, Set.of(publishedVersion), id -> "/public/en/versions/" + id + ".md");
        walk(internal, laterInternal + 3, Set.of(publishedVersion), id -> "/public/en/versions/" + id + ".pdf");
        walk(draftRound, invitedRound + 3, Set.of(openRound),
                id -> "/public/en/consultations/" + id);
        walk(draftRound, invitedRound + 3, Set.of(),
                id -> "/public/en/consultations/" + id + "/results");
        walk(quietMeeting, publicMeeting + 3, Set.of(publicMeeting), id -> "/public/en/meetings/" + id);
        walk(internal, laterInternal + 3, Set.of(publishedVersion), id -> "/public/en/versions/" + id + ".docx");
        walk(quietDocument, publicDocument + 3, Set.of(publicDocument),
                id -> "/public/en/meetings/" + publicMeeting + "/documents/" + id);
        walk(quietDocument, publicDocument + 3, Set.of(),
                id -> "/public/en/meetings/" + quietMeeting + "/documents/" + id);
        assertThat(body("/public/en/meetings/" + publicMeeting)).contains("Public paper")
                .doesNotContain("Internal paper", "/documents/" + internalDocument + "\"");

        var pdf = mvc.perform(get("/public/en/versions/" + publishedVersion + ".pdf")).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getCookies()).as("a download sets no cookie either").isEmpty();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("v0.2");
        }
        String version = body("/public/en/versions/" + publishedVersion);
        assertThat(version).contains(SECRET).as("the published text is the frozen one");
        assertThat(body("/public/en/versions/" + publishedVersion + "/compare/" + internal)).isEqualTo(missing());
        assertThat(body("/public/en/meetings/" + publicMeeting)).contains("Targets for 2031").doesNotContain(SECRET);
        assertThat(body("/public/en/consultations/invited/" + token)).contains("Auto Parts Association");
        assertThat(body("/public/en/consultations/invited/" + token + "x")).isEqualTo(missing());
        assertThat(body("/public/en/councils/" + w.councilId())).contains("5th plenary")
                .doesNotContain("Internal preparation", "Draft round", "Invited round");
        // Other tests share the database and publish their own versions: look for this test's ids, not its labels.
        assertThat(body("/public/en")).doesNotContain("/public/en/versions/" + laterInternal + "\"",
                "/public/en/consultations/" + draftRound + "\"");
    }

    private long meeting(ConsultationWorld.World w, org.councilworkspace.testsupport.TestUser secretariat,
                         OffsetDateTime start, String title) {
        return AsUser.call(secretariat, () -> meetings.createMeeting(w.councilId(), new NewMeeting(MeetingKind.PLENARY,
                title, start, start.plusHours(2), "Hall B", null, null, Set.of())));
    }

    private void walk(long from, long to, Set<Long> visible, LongFunction<String> path) throws Exception {
        String missing = missing();
        for (long id = Math.max(1, from); id <= to; id++) {
            var response = mvc.perform(get(path.apply(id))).andReturn().getResponse();
            if (visible.contains(id)) {
                assertThat(response.getStatus()).as(path.apply(id)).isEqualTo(200);
            } else {
                assertThat(response.getStatus()).as(path.apply(id)).isEqualTo(404);
                assertThat(response.getContentAsString()).as(path.apply(id)).isEqualTo(missing);
            }
        }
    }

    private String missing() throws Exception {
        return body("/public/en/versions/0");
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }
}
