package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.councilworkspace.amendment.AmendmentService;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.Disposition;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.ReviewService;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal's search finds what the portal publishes and nothing else: it walks every kind of unpublished thing
 * (live drafts, a frozen but internal version, comments, amendments, an unpublished agenda, draft and approved
 * minutes, submissions to an open round) and finds none, then finds each once it is published.
 */
@ServiceTest
@AutoConfigureMockMvc
class PortalSearchTest {

    @Autowired MockMvc mvc;
    @Autowired PlanFixtures planFixtures;
    @Autowired Fixtures fixtures;
    @Autowired CommentService commentService;
    @Autowired SearchService searchService;
    @Autowired SearchIndex searchIndex;
    @Autowired DraftingService drafting;
    @Autowired AmendmentService amendments;
    @Autowired VersionService versions;
    @Autowired PublishedPlans published;
    @Autowired RoundService rounds;
    @Autowired ReviewService review;
    @Autowired PublicConsultation publicConsultation;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired MutableClock clock;
    SearchWorld world;

    @BeforeEach
    void searchWorld() {
        world = new SearchWorld(planFixtures, commentService, searchService, searchIndex);
    }

    @Test
    void plan_text_is_found_only_in_a_published_version_and_opens_at_its_section() throws Exception {
        String internal = SearchWorld.word();
        String publicWord = SearchWorld.word();
        PlanWorld w = world.world();
        long section = world.section(w, "Vision", "An internal draft about " + internal);
        world.thread(w, w.member(), section, Visibility.COUNCIL, "A comment on " + publicWord);
        AsUser.call(w.member(), () -> amendments.propose(section, drafting.section(section).revisionId(),
                "Proposed " + publicWord, "Because of " + publicWord));
        AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1 internal", null));
        planFixtures.write(w.lead(), section, "รัฐบาลส่งเสริมยานยนต์ไฟฟ้า " + publicWord);
        searchIndex.awaitWrites();
        assertThat(page("en", internal)).contains("Nothing found.");
        assertThat(page("en", publicWord)).as("live text, a comment, an amendment").contains("Nothing found.");

        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.2", null));
        AsUser.run(w.secretariat(), () -> published.publish(version));
        searchIndex.awaitWrites();
        String found = page("th", "ยานยนต์ไฟฟ้า " + publicWord);
        assertThat(found).contains("href=\"/public/th/versions/" + version + "#s" + section + "\"",
                "<mark>ยานยนต์ไฟฟ้า</mark>", "แสดง 1 จาก 1 รายการ");
        assertThat(page("en", internal)).as("the internal version stays internal").contains("Nothing found.");
    }

    @Test
    void agendas_and_minutes_are_found_only_as_far_as_the_portal_shows_them() throws Exception {
        String agendaWord = SearchWorld.word();
        String notes = SearchWorld.word();
        PlanWorld w = world.world();
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusHours(1);
        long meeting = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "Plenary", start, start.plusHours(3), "Room 1", null, null,
                Set.of(w.member().id()))));
        long item = AsUser.call(w.secretariat(), () -> agendas.addItem(meeting, new NewAgendaItem(
                "Targets " + agendaWord, 30, null, AgendaPurpose.DISCUSSION, null)));
        AsUser.run(w.secretariat(), () -> minutes.saveNotes(item, "Agreed on " + notes, 0));
        searchIndex.awaitWrites();
        assertThat(page("en", agendaWord)).contains("Nothing found.");
        assertThat(page("en", notes)).contains("Nothing found.");

        AsUser.call(w.secretariat(), () -> agendas.publish(meeting));
        clock.advance(Duration.ofHours(2));
        AsUser.run(w.chair(), () -> minutes.approve(meeting));
        searchIndex.awaitWrites();
        assertThat(page("en", agendaWord)).contains("href=\"/public/en/meetings/" + meeting + "\"");
        assertThat(page("en", notes)).as("approved, not published").contains("Nothing found.");

        AsUser.run(w.secretariat(), () -> minutes.publishSummary(meeting, "Summary"));
        AsUser.run(w.secretariat(), () -> minutes.publishFull(meeting));
        searchIndex.awaitWrites();
        assertThat(page("ja", notes)).contains("href=\"/public/ja/meetings/" + meeting + "\"", "<mark>" + notes);
    }

    @Test
    void submissions_are_found_only_in_published_results_and_names_only_with_consent() throws Exception {
        String word = SearchWorld.word();
        ConsultationWorld consultations = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock);
        ConsultationWorld.World w = consultations.create();
        long round = consultations.openPublicRound(w);
        publicConsultation.submit(round, ConsultationWorld.comment("Anonymous Person", "Recycling " + word, null,
                false), "10.0.0.2");
        searchIndex.awaitWrites();
        assertThat(page("en", word)).contains("Nothing found.");
        long submission = AsUser.call(w.secretariat(), () -> review.submissions(round, null, 0, 10)).get(0).id();
        AsUser.call(w.secretariat(), () -> review.respond(submission, Disposition.NOTED, "Noted " + word, null));
        AsUser.run(w.secretariat(), () -> rounds.closeNow(round, "Closed for the test."));
        searchIndex.awaitWrites();
        assertThat(page("en", word)).as("answered and closed, not published").contains("Nothing found.");

        AsUser.run(w.secretariat(), () -> review.publish(round, false));
        searchIndex.awaitWrites();
        assertThat(page("en", word)).contains("href=\"/public/en/consultations/" + round + "/results\"")
                .doesNotContain("Anonymous Person");
    }

    @Test
    void the_page_is_cacheable_needs_no_session_and_takes_any_text() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/public/en/search").param("q", "\"*AND( <script>"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Cache-Control")).startsWith("public");
        assertThat(response.getCookies()).isEmpty();
        assertThat(response.getContentAsString()).doesNotContain("<script>").contains("role=\"search\"");
        mvc.perform(get("/public/en/search").param("kind", "SUBMISSION").param("q", "x"))
                .andExpect(status().isOk());
    }

    private String page(String lang, String q) throws Exception {
        return mvc.perform(get("/public/" + lang + "/search").param("q", q)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
