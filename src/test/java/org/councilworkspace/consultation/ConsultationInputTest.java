package org.councilworkspace.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.consultation.ConsultationWorld.World;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.plan.text.DiffHtml;
import org.councilworkspace.plan.text.WordDiff;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.HostileStrings;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The hostile-strings corpus through every public field, attachments checked by content, and the exports. */
@ServiceTest
@Import(ConsultationWorld.class)
class ConsultationInputTest {

    @Autowired ConsultationWorld worlds;
    @Autowired PublicConsultation publicSide;
    @Autowired ReviewService review;
    @Autowired ConsultationExports exports;
    @Autowired RoundService rounds;

    World w;
    long roundId;
    int address;

    @BeforeEach
    void setUp() {
        w = worlds.create();
        roundId = worlds.openPublicRound(w);
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    private String from() {
        return "hostile-" + (address++) + "-" + System.nanoTime();
    }

    @Test
    void hostile_names_and_organizations_are_stored_as_typed_or_refused() {
        List<String> corpus = HostileStrings.all();
        for (int i = 0; i < corpus.size(); i++) {
            String s = corpus.get(i);
            String text = "Comment on name #" + i + "#";
            NewSubmission input = new NewSubmission(s, s, OrganizationType.NGO, "a@example.org", null, text, true, null, null, null);
            Optional<String> name = HostileStrings.expectedLine(s, 200);
            Optional<String> organization = HostileStrings.expectedLine(s, 300);
            if (name.isEmpty() || organization.isEmpty()) {
                assertThatThrownBy(() -> publicSide.submit(roundId, input, from())).as("entry %d", i)
                        .isInstanceOf(InvalidInputException.class);
                assertThat(search(text)).as("nothing stored for entry %d", i).isEmpty();
            } else {
                publicSide.submit(roundId, input, from());
                Submission stored = search(text).get(0);
                assertThat(stored.submitterName()).as("entry %d", i).isEqualTo(name.get());
                assertThat(stored.organizationName()).as("entry %d", i).isEqualTo(organization.get());
            }
        }
    }

    @Test
    void hostile_comments_are_stored_as_typed_or_refused_and_render_inert() {
        List<String> corpus = HostileStrings.all();
        Set<String> fingerprints = new HashSet<>();
        for (int i = 0; i < corpus.size(); i++) {
            String s = corpus.get(i);
            String name = "Hostile #" + i + "#";
            NewSubmission input = new NewSubmission(name, null, OrganizationType.INDIVIDUAL, "a@example.org", null, s, true,
                    null, null, null);
            Optional<String> expected = HostileStrings.expectedText(s, PublicConsultation.MAX_TEXT);
            if (expected.isEmpty() || !fingerprints.add(SubmissionText.fingerprint(expected.get()))) {
                assertThatThrownBy(() -> publicSide.submit(roundId, input, from())).as("entry %d", i)
                        .isInstanceOf(InvalidInputException.class);
                assertThat(search(name)).as("nothing stored for entry %d", i).isEmpty();
            } else {
                publicSide.submit(roundId, input, from());
                assertThat(search(name).get(0).text()).as("entry %d", i).isEqualTo(expected.get());
                HostileStrings.assertInert(DiffHtml.inline(WordDiff.diff("", expected.get(), java.util.Locale.ROOT)));
                String svg = SvgBarChart.render(expected.get(), List.of(new SvgBarChart.Bar(expected.get(), 3)));
                assertThat(org.jsoup.Jsoup.parse(svg, "", org.jsoup.parser.Parser.xmlParser()).select("svg > *"))
                        .as("entry %d", i).allSatisfy(e -> assertThat(e.tagName()).isIn("title", "text", "rect"));
            }
        }
    }

    @Test
    void hostile_moderation_reasons_answers_and_group_labels_are_stored_as_typed_or_refused() {
        publicSide.submit(roundId, ConsultationWorld.comment("One"), from());
        publicSide.submit(roundId, ConsultationWorld.comment("Two"), from());
        AsUser.signIn(w.secretariat());
        List<Long> ids = review.submissions(roundId, SubmissionFilter.ALL, 0, 2).stream().map(Submission::id).toList();
        for (String s : HostileStrings.all()) {
            Optional<String> reasoning = HostileStrings.expectedText(s, 8000);
            if (reasoning.isEmpty()) {
                assertThatThrownBy(() -> review.respond(ids.get(0), Disposition.NOTED, s, null))
                        .isInstanceOf(InvalidInputException.class);
            } else {
                review.respond(ids.get(0), Disposition.NOTED, s, null);
                assertThat(review.response(ids.get(0)).orElseThrow().reasoning()).isEqualTo(reasoning.get());
            }
            Optional<String> label = HostileStrings.expectedLine(s, 300);
            if (label.isEmpty()) {
                assertThatThrownBy(() -> review.group(roundId, s, Set.copyOf(ids))).isInstanceOf(InvalidInputException.class);
            } else {
                long group = review.group(roundId, s, Set.copyOf(ids));
                assertThat(review.groups(roundId)).filteredOn(g -> g.id() == group).singleElement()
                        .extracting(Group::label).isEqualTo(label.get());
            }
            Submission current = review.submission(ids.get(1));
            Optional<String> reason = HostileStrings.expectedText(s, 2000);
            if (reason.isEmpty()) {
                assertThatThrownBy(() -> review.hide(ids.get(1), s, current.version())).isInstanceOf(InvalidInputException.class);
            } else {
                review.hide(ids.get(1), s, current.version());
                assertThat(review.submission(ids.get(1)).hiddenReason()).isEqualTo(reason.get());
                review.show(ids.get(1), current.version() + 1);
            }
        }
    }

    @Test
    void attachments_must_really_be_pdfs() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            pdf = out.toByteArray();
        }
        byte[] renamedText = "just text, named .pdf".getBytes(StandardCharsets.UTF_8);
        byte[] fakeHeader = "%PDF-1.7\nthis is not really a pdf".getBytes(StandardCharsets.UTF_8);
        byte[] tooLarge = new byte[PdfCheck.MAX_BYTES + 1];
        System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
        for (byte[] bad : List.of(renamedText, fakeHeader, tooLarge)) {
            NewSubmission input = withAttachment("With a bad file " + bad.length, "report.pdf", bad);
            assertThatThrownBy(() -> publicSide.submit(roundId, input, from()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("attachment"));
        }
        publicSide.submit(roundId, withAttachment("With a real PDF", "position-paper", pdf), from());
        AsUser.signIn(w.secretariat());
        Submission stored = search("with a real pdf").get(0);
        assertThat(stored.hasAttachment()).isTrue();
        Attachment attachment = review.attachment(stored.id()).orElseThrow();
        assertThat(attachment.fileName()).isEqualTo("position-paper.pdf");
        assertThat(attachment.content()).isEqualTo(pdf);
        assertThat(review.countSubmissions(roundId, SubmissionFilter.ALL)).isEqualTo(1);
    }

    private static NewSubmission withAttachment(String text, String name, byte[] content) {
        return new NewSubmission("Ploy", null, OrganizationType.ACADEMIA, "ploy@example.org", null, text, false, null,
                name, content);
    }

    @Test
    void exports_neutralize_formulas_and_keep_thai_and_japanese() throws Exception {
        publicSide.submit(roundId, new NewSubmission("=HYPERLINK(\"http://evil\")", "+Org", OrganizationType.FIRM,
                "a@example.org", null, "@SUM(1)\nควรเพิ่มเป้าหมาย, \"quoted\"", true, null, null, null), from());
        publicSide.submit(roundId, ConsultationWorld.comment("充電インフラの整備を加速すべきです。"), from());
        AsUser.signIn(w.secretariat());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.writeCsv(roundId, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"receipt\",");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", "\"'+Org\"",
                "\"'@SUM(1)\nควรเพิ่มเป้าหมาย, \"\"quoted\"\"\"", "充電インフラの整備を加速すべきです。");
        assertThat(text.split("\r\n")).hasSize(3);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exports.writeXlsx(roundId, xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(sheet.getRow(2).getCell(11).getStringCellValue()).isEqualTo("充電インフラの整備を加速すべきです。");
        }
    }

    private List<Submission> search(String text) {
        return AsUser.call(w.secretariat(), () -> review.submissions(roundId,
                new SubmissionFilter(null, null, null, null, text), 0, 5));
    }
}
