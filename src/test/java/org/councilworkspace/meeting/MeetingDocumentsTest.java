package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.NotFoundException;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class MeetingDocumentsTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired PlanFixtures planFixtures;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MeetingDocuments documents;
    @Autowired java.time.Clock clock;

    PlanWorld w;
    long meeting;

    @BeforeEach
    void setUp() {
        w = planFixtures.world();
        // The services' clock, not the machine's: the test clock may stand anywhere relative to today.
        OffsetDateTime start = OffsetDateTime.now(clock).plusDays(10);
        meeting = AsUser.call(w.secretariat(), () -> meetings.createMeeting(w.councilId(), new NewMeeting(
                MeetingKind.PLENARY, "3rd plenary", start, start.plusHours(2), "Room 1", null, null, Set.of())));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void the_secretariat_adds_pdf_word_and_excel_files_judged_by_their_bytes_and_members_and_observers_read_them()
            throws Exception {
        long pdf = add("Background paper", "paper.pdf", PDF, false);
        long docx = add("Draft statement", "statement", docx(), true);
        long xlsx = add("Budget <table>", "budget.bin", xlsx(), false);
        var listed = AsUser.call(w.observer(), () -> documents.documents(meeting));
        assertThat(listed).extracting(MeetingDocument::title)
                .containsExactly("Background paper", "Draft statement", "Budget <table>");
        assertThat(listed).extracting(MeetingDocument::fileName).containsExactly("paper.pdf", "statement.docx",
                "budget.bin.xlsx");
        assertThat(listed).extracting(MeetingDocument::mediaType).containsExactly("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(listed.get(1).isPublic()).isTrue();
        assertThat(AsUser.call(w.member(), () -> documents.file(pdf)).content()).isEqualTo(PDF);
        assertThat(AsUser.call(w.observer(), () -> documents.file(docx)).fileName()).isEqualTo("statement.docx");
        assertThat(xlsx).isPositive();
    }

    @Test
    void a_workbook_from_a_streaming_writer_is_an_excel_file() throws Exception {
        // As the app's own spreadsheet exports are written: the entries' sizes only in the ZIP's central directory.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook book = new SXSSFWorkbook()) {
            book.createSheet("Submissions").createRow(0).createCell(0).setCellValue("Battery recycling");
            book.write(out);
        }
        add("Submissions", "submissions.xlsx", out.toByteArray(), false);
        assertThat(AsUser.call(w.member(), () -> documents.documents(meeting))).extracting(MeetingDocument::mediaType)
                .containsExactly("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertRefused("cut.xlsx", Arrays.copyOf(out.toByteArray(), 30), "meeting.document.wrong-kind");
    }

    @Test
    void a_file_that_is_not_one_of_the_three_or_too_large_is_refused_and_nothing_is_stored() throws Exception {
        assertRefused("notes.pdf", "Just text pretending.".getBytes(StandardCharsets.UTF_8), "meeting.document.wrong-kind");
        assertRefused("archive.docx", zipWith("other.xml"), "meeting.document.wrong-kind");
        byte[] huge = new byte[MeetingDocuments.maxMegabytes() * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertRefused("huge.pdf", huge, "meeting.document.too-large");
        assertThatThrownBy(() -> add(" ", "paper.pdf", PDF, false)).isInstanceOf(InvalidInputException.class);
        assertThat(AsUser.call(w.secretariat(), () -> documents.documents(meeting))).isEmpty();
    }

    @Test
    void a_member_or_observer_cannot_add_or_remove_and_an_outsider_finds_nothing() {
        long id = add("Background paper", "paper.pdf", PDF, true);
        assertThatThrownBy(() -> AsUser.call(w.member(), () -> documents.add(meeting, "Mine", "m.pdf", PDF, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(w.observer(), () -> documents.remove(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> documents.documents(meeting)))
                .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> documents.file(id)))
                .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
        assertThat(AsUser.call(w.secretariat(), () -> documents.documents(meeting))).hasSize(1);
        AsUser.run(w.secretariat(), () -> documents.remove(id));
        assertThat(AsUser.call(w.member(), () -> documents.documents(meeting))).isEmpty();
    }

    @Test
    void the_public_gets_only_public_documents_of_a_meeting_the_portal_shows() {
        long open = add("Public paper", "p.pdf", PDF, true);
        long internal = add("Internal paper", "i.pdf", PDF, false);
        assertThatThrownBy(() -> documents.publicDocuments(meeting)).as("agenda not published")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.publicFile(meeting, open)).isInstanceOf(NotFoundException.class);
        AsUser.call(w.secretariat(), () -> agendas.addItem(meeting, new NewAgendaItem("Targets", 30, null,
                AgendaPurpose.DECISION, null)));
        AsUser.run(w.secretariat(), () -> agendas.publish(meeting));
        assertThat(documents.publicDocuments(meeting)).extracting(MeetingDocument::id).containsExactly(open);
        assertThat(documents.publicFile(meeting, open).content()).isEqualTo(PDF);
        assertThatThrownBy(() -> documents.publicFile(meeting, internal)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.publicFile(meeting + 1, open)).isInstanceOf(NotFoundException.class);
    }

    private long add(String title, String name, byte[] content, boolean isPublic) {
        return AsUser.call(w.secretariat(), () -> documents.add(meeting, title, name, content, isPublic));
    }

    private void assertRefused(String name, byte[] content, String key) {
        assertThatThrownBy(() -> add("A file", name, content, false)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo(key));
    }

    static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Statement");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Budget").createRow(0).createCell(0).setCellValue(1);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zipWith(String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
