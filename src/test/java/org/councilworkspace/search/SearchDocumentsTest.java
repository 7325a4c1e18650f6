package org.councilworkspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilworkspace.consultation.ConsultationWorld;
import org.councilworkspace.consultation.NewSubmission;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.MeetingDocuments;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The text inside attached PDF and Word files is found, Thai and Japanese words included (written without spaces,
 * so only word segmentation finds them), by exactly those who may read what the file is attached to.
 */
@ServiceTest
class SearchDocumentsTest {

    private static final String THAI = "รัฐบาลควรสนับสนุนยานยนต์ไฟฟ้าและการรีไซเคิลแบตเตอรี่ในภาคตะวันออก";
    private static final String JAPANESE = "政府は電気自動車の普及と電池の再利用を支援すべきである。";

    @Autowired PlanFixtures planFixtures;
    @Autowired Fixtures fixtures;
    @Autowired CommentService commentService;
    @Autowired SearchService searchService;
    @Autowired SearchIndex searchIndex;
    @Autowired VersionService versions;
    @Autowired RoundService rounds;
    @Autowired PublicConsultation publicConsultation;
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
    void a_pdf_attached_to_a_submission_is_found_by_its_thai_and_japanese_words_by_those_who_read_submissions() {
        String word = SearchWorld.word();
        ConsultationWorld consultations = new ConsultationWorld(fixtures, planFixtures, versions, rounds, clock);
        ConsultationWorld.World w = consultations.create();
        ConsultationWorld.World other = consultations.create();
        long round = consultations.openPublicRound(w);
        byte[] pdf = AttachedFiles.pdf("Annex " + word, THAI, JAPANESE);
        publicConsultation.submit(round, new NewSubmission("Somsri Jaidee", "Thai Auto Parts Association",
                OrganizationType.INDUSTRY_ASSOCIATION, "somsri@example.org", null, "Please read the annex.", true,
                null, "annex-ev.pdf", pdf), "10.0.0.7");
        searchIndex.awaitWrites();

        for (String words : List.of("ยานยนต์ไฟฟ้า", "電気自動車", word)) {
            List<SearchHit> hits = hits(w.secretariat(), w.councilId(), words);
            assertThat(hits).as(words).hasSize(1);
            SearchHit hit = hits.get(0);
            assertThat(hit.kind()).isEqualTo(SearchKind.ATTACHMENT);
            assertThat(hit.objectId()).as("opens the round").isEqualTo(round);
            assertThat(hit.title()).contains("annex-ev.pdf");
            assertThat(hit.snippet()).anyMatch(SnippetPart::match);
        }
        assertThat(text(hits(w.secretariat(), w.councilId(), "ยานยนต์ไฟฟ้า").get(0))).contains("ยานยนต์ไฟฟ้า");
        assertThat(hits(w.plan().chair(), w.councilId(), "電気自動車")).hasSize(1);
        assertThat(world.search(w.plan().member(), word).hits()).isEmpty();
        assertThat(world.search(w.plan().observer(), word).hits()).isEmpty();
        assertThat(world.search(other.secretariat(), word).hits()).isEmpty();
    }

    @Test
    void a_word_document_of_a_meeting_is_found_by_whoever_reads_the_agenda_and_leaves_with_the_document() {
        String word = SearchWorld.word();
        PlanWorld w = world.world();
        PlanWorld other = world.world();
        long meeting = meeting(w);
        byte[] docx = AttachedFiles.docx("Background " + word, THAI, JAPANESE);
        long document = AsUser.call(w.secretariat(), () -> documents.add(meeting, "Background paper",
                "background.docx", docx, false));
        searchIndex.awaitWrites();

        for (String words : List.of("ยานยนต์ไฟฟ้า", "電気自動車", word)) {
            List<SearchHit> hits = hits(w.secretariat(), w.councilId(), words);
            assertThat(hits).as(words).extracting(SearchHit::kind).containsExactly(SearchKind.MEETING_DOCUMENT);
            assertThat(hits.get(0).objectId()).as("opens the meeting").isEqualTo(meeting);
            assertThat(hits.get(0).title()).contains("background.docx");
        }
        assertThat(world.search(w.member(), word).hits()).as("agenda not published").isEmpty();

        AsUser.call(w.secretariat(), () -> agendas.publish(meeting));
        searchIndex.awaitWrites();
        assertThat(hits(w.observer(), w.councilId(), "電気自動車")).extracting(SearchHit::kind)
                .containsExactly(SearchKind.MEETING_DOCUMENT);
        assertThat(hits(w.member(), w.councilId(), "ยานยนต์ไฟฟ้า")).hasSize(1);
        assertThat(world.search(other.chair(), word).hits()).isEmpty();
        assertThat(world.search(other.secretariat(), word).hits()).isEmpty();

        AsUser.run(w.secretariat(), () -> documents.remove(document));
        searchIndex.awaitWrites();
        assertThat(world.search(w.secretariat(), word).hits()).isEmpty();
    }

    @Test
    void a_file_whose_text_cannot_be_read_is_kept_and_left_out_of_the_index() {
        String word = SearchWorld.word();
        PlanWorld w = world.world();
        long meeting = meeting(w);
        byte[] broken = ("%PDF-1.7\n" + word + " not really a PDF").getBytes(StandardCharsets.US_ASCII);
        long id = AsUser.call(w.secretariat(), () -> documents.add(meeting, "Broken", "broken.pdf", broken, false));
        AsUser.call(w.secretariat(), () -> documents.add(meeting, "Readable", "readable.docx",
                AttachedFiles.docx("Readable " + word), false));
        searchIndex.awaitWrites();

        assertThat(AsUser.call(w.secretariat(), () -> documents.documents(meeting))).hasSize(2)
                .anyMatch(d -> d.id() == id);
        assertThat(hits(w.secretariat(), w.councilId(), word)).extracting(SearchHit::title)
                .containsExactly("readable.docx · Plenary");
    }

    private long meeting(PlanWorld w) {
        OffsetDateTime start = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusDays(2);
        long meeting = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "Plenary", start, start.plusHours(3), "Room 1", null, null,
                Set.of(w.member().id()))));
        AsUser.call(w.secretariat(), () -> agendas.addItem(meeting, new NewAgendaItem("Electric vehicles", 30, null,
                AgendaPurpose.DISCUSSION, null)));
        return meeting;
    }

    private List<SearchHit> hits(TestUser who, long councilId, String text) {
        return AsUser.call(who, () -> searchService.search(new SearchQuery(text, councilId, null,
                SearchOrder.RELEVANCE))).hits();
    }

    private static String text(SearchHit hit) {
        return hit.snippet().stream().map(SnippetPart::text).collect(Collectors.joining());
    }
}
