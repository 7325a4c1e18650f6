package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.MeetingDocuments;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A meeting's papers, spreadsheets included, are found by the words in their cells: in the workspace by whoever
 * reads the meeting's agenda, and on the portal only the papers its meeting page offers (marked public, of a meeting
 * the portal shows), opening that page at the paper.
 */
@ServiceTest
@AutoConfigureMockMvc
class MeetingPapersSearchTest {

    // Written without spaces: only word segmentation finds the words inside.
    private static final String THAI = "งบประมาณสำหรับยานยนต์ไฟฟ้าในปีหน้า";
    private static final String JAPANESE = "来年度の電気自動車の予算";

    @Autowired MockMvc mvc;
    @Autowired PlanFixtures planFixtures;
    @Autowired CommentService commentService;
    @Autowired SearchService searchService;
    @Autowired SearchIndex searchIndex;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MeetingDocuments documents;
    @Autowired MutableClock clock;
    SearchWorld world;

    @BeforeEach
    void searchWorld() {
        world = new SearchWorld(planFixtures, commentService, searchService, searchIndex);
    }

    @Test
    void a_spreadsheet_of_a_meeting_is_found_by_the_words_in_its_cells_by_whoever_reads_the_agenda() {
        String word = SearchWorld.word();
        PlanWorld w = world.world();
        PlanWorld other = world.world();
        long meeting = meeting(w, "Budget hearing");
        byte[] xlsx = AttachedFiles.xlsx("Programme\t" + THAI, "Line " + word + "\t" + JAPANESE);
        AsUser.call(w.secretariat(), () -> documents.add(meeting, "Budget table", "budget.xlsx", xlsx, false));
        searchIndex.awaitWrites();

        for (String words : List.of("ยานยนต์ไฟฟ้า", "電気自動車", word)) {
            List<SearchHit> hits = hits(w.secretariat(), w.councilId(), words);
            assertThat(hits).as(words).extracting(SearchHit::kind).containsExactly(SearchKind.MEETING_DOCUMENT);
            assertThat(hits.get(0).objectId()).as("opens the meeting").isEqualTo(meeting);
            assertThat(hits.get(0).title()).isEqualTo("budget.xlsx · Budget hearing");
            assertThat(hits.get(0).snippet()).anyMatch(SnippetPart::match);
        }
        assertThat(hits(w.secretariat(), w.councilId(), "ยนต์ไฟ")).as("not a word").isEmpty();
        assertThat(world.search(w.member(), word).hits()).as("agenda not published").isEmpty();
        assertThat(world.search(w.observer(), word).hits()).isEmpty();
        assertThat(world.search(other.secretariat(), word).hits()).as("another council").isEmpty();

        AsUser.call(w.secretariat(), () -> agendas.publish(meeting));
        searchIndex.awaitWrites();
        assertThat(hits(w.member(), w.councilId(), "電気自動車 " + word)).extracting(SearchHit::kind)
                .containsExactly(SearchKind.MEETING_DOCUMENT);
        assertThat(hits(w.observer(), w.councilId(), "ยานยนต์ไฟฟ้า")).hasSize(1);
        assertThat(world.search(other.chair(), word).hits()).isEmpty();
        assertThat(world.search(w.outsider(), word).hits()).isEmpty();
    }

    @Test
    void the_portal_finds_only_the_public_papers_of_a_meeting_it_shows_and_opens_its_page_at_the_paper()
            throws Exception {
        String word = SearchWorld.word();
        PlanWorld w = world.world();
        long meeting = meeting(w, "Public hearing");
        long paper = AsUser.call(w.secretariat(), () -> documents.add(meeting, "Hearing budget", "hearing.xlsx",
                AttachedFiles.xlsx("Public " + word + "\t" + THAI, JAPANESE), true));
        long internal = AsUser.call(w.secretariat(), () -> documents.add(meeting, "Secretariat notes",
                "notes.docx", AttachedFiles.docx("Secretariat only " + word, THAI), false));
        long quietMeeting = meeting(w, "Internal preparation");
        AsUser.call(w.secretariat(), () -> documents.add(quietMeeting, "Draft paper", "draft.pdf",
                AttachedFiles.pdf("Draft " + word, THAI), true));
        searchIndex.awaitWrites();
        assertThat(page("en", word)).as("no agenda published yet").contains("Nothing found.");

        AsUser.call(w.secretariat(), () -> agendas.publish(meeting));
        searchIndex.awaitWrites();
        String found = page("th", "ยานยนต์ไฟฟ้า " + word);
        String at = "/public/th/meetings/" + meeting;
        assertThat(found).contains("href=\"" + at + "#document-" + paper + "\"",
                "href=\"" + at + "/documents/" + paper + "\"", "hearing.xlsx · Public hearing",
                "<mark>ยานยนต์ไฟฟ้า</mark>", "แสดง 1 จาก 1 รายการ")
                .doesNotContain("notes.docx", "draft.pdf", "/documents/" + internal);
        assertThat(page("ja", "電気自動車 " + word)).contains("href=\"/public/ja/meetings/" + meeting + "#document-"
                + paper + "\"");
        assertThat(mvc.perform(get("/public/en/search").param("q", word).param("kind", "PUBLIC_DOCUMENT"))
                .andReturn().getResponse().getContentAsString()).contains("hearing.xlsx").doesNotContain("draft.pdf");
        assertThat(mvc.perform(get(at)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("id=\"document-" + paper + "\"").doesNotContain("Secretariat notes");
        mvc.perform(get(at + "/documents/" + paper)).andExpect(status().isOk());
        mvc.perform(get(at + "/documents/" + internal)).andExpect(status().isNotFound());
        assertThat(world.search(w.secretariat(), word).hits()).as("the workspace finds the papers as its own kind")
                .extracting(SearchHit::kind).containsOnly(SearchKind.MEETING_DOCUMENT).hasSize(3);

        AsUser.run(w.secretariat(), () -> documents.remove(paper));
        searchIndex.awaitWrites();
        assertThat(page("en", word)).as("a removed paper leaves the portal").contains("Nothing found.");
    }

    private long meeting(PlanWorld w, String title) {
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusDays(2);
        long meeting = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, title, start, start.plusHours(3), "Room 1", null, null,
                Set.of(w.member().id()))));
        AsUser.call(w.secretariat(), () -> agendas.addItem(meeting, new NewAgendaItem("Electric vehicles", 30, null,
                AgendaPurpose.DISCUSSION, null)));
        return meeting;
    }

    private List<SearchHit> hits(TestUser who, long councilId, String text) {
        return AsUser.call(who, () -> searchService.search(new SearchQuery(text, councilId, null,
                SearchOrder.RELEVANCE))).hits();
    }

    private String page(String lang, String q) throws Exception {
        return mvc.perform(get("/public/" + lang + "/search").param("q", q)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
