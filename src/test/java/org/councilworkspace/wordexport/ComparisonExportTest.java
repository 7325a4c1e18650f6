package org.councilworkspace.wordexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.NotAMemberException;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.plan.PlanExports;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.CouncilLanguages;
import org.councilworkspace.testsupport.PdfReading;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two frozen versions as the old | new table (新旧対照表), PDF and Word, through the service: in the council's
 * language, the Markdown rendered, the changed words marked, for those who may read the plan only.
 */
@ServiceTest
class ComparisonExportTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired PlanFixtures planFixtures;
    @Autowired PlanExports exports;
    @Autowired VersionService versions;
    @Autowired CouncilService councils;

    PlanWorld w;
    long v1;
    long v2;

    @BeforeEach
    void twoVersions() {
        w = planFixtures.world();
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "ja", CalendarSystem.JAPANESE_ERA);
        long goal = planFixtures.section(w, null, "目標");
        planFixtures.write(w.secretariat(), goal, "輸出を**増やす**。\n\n- สถานที่ ผู้ใหญ่\n- 人材");
        long same = planFixtures.section(w, null, "変わらない章");
        planFixtures.write(w.secretariat(), same, "そのまま。");
        v1 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1", null));
        planFixtures.write(w.secretariat(), goal, "輸出を**倍増する**。\n\n- สถานที่ ผู้ใหญ่ น้ำ\n- 人材");
        long added = planFixtures.section(w, null, "新設");
        planFixtures.write(w.secretariat(), added, "新しい*章*。");
        v2 = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.2", null));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void the_pdf_table_reads_back_in_japanese_and_thai_with_markdown_rendered_and_changes_underlined() {
        byte[] pdf = AsUser.call(w.observer(), () -> exports.comparisonPdf(v1, v2, TOKYO));

        List<String> lines = PdfReading.lines(pdf).stream().map(PdfReading.Line::text).toList();
        assertThat(lines).containsSubsequence("旧（v0.1）新（v0.2）", "1 目標", "輸出を増やす。", "•สถานที่ ผู้ใหญ่",
                "•人材", "1 目標", "輸出を倍増する。", "•สถานที่ ผู้ใหญ่ น้ำ", "•人材", "（旧版にはない）3 新設", "新しい章。");
        String text = PdfReading.text(pdf);
        assertThat(text).doesNotContain("**", "変わらない章", "- ");
        assertThat(PdfReading.artifacts(pdf).get(0)).contains("1")
                .anySatisfy(a -> assertThat(a).contains("新旧対照表（v0.1 と v0.2）"));
        assertThat(PdfReading.bars(pdf).stream().filter(b -> b.width() < 150))
                .as("増やす, 倍増する, น้ำ, and the new section's title and text").hasSizeGreaterThanOrEqualTo(5);
        assertThat(PdfReading.glyphs(pdf)).noneMatch(g -> g.code() == 0);
        try (PDDocument doc = PdfReading.open(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("ja");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_word_table_renders_the_markdown_as_word_paragraphs_and_lists_with_the_changes_marked() throws Exception {
        byte[] docx = AsUser.call(w.observer(), () -> DocxRenderer.render(exports.comparison(v1, v2, TOKYO)));

        try (XWPFDocument doc = DocxRendererTest.read(docx)) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).as("header, the changed and the added section").hasSize(3);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("旧（v0.1）");
            List<XWPFParagraph> right = table.getRow(1).getCell(1).getParagraphs();
            assertThat(right).extracting(XWPFParagraph::getText)
                    .containsExactly("1 目標", "輸出を倍増する。", "สถานที่ ผู้ใหญ่ น้ำ", "人材");
            assertThat(right.get(2).getNumID()).isNotNull();
            XWPFRun doubled = right.get(1).getRuns().stream().filter(r -> r.text().contains("倍増"))
                    .findFirst().orElseThrow();
            assertThat(doubled.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(right.get(1).getRuns().get(0).getUnderline()).isEqualTo(UnderlinePatterns.NONE);
            assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("（旧版にはない）");
        }
    }

    @Test
    void someone_outside_the_council_gets_neither_table() {
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> exports.comparisonPdf(v1, v2, TOKYO)))
                .isInstanceOf(NotAMemberException.class);
        assertThatThrownBy(() -> AsUser.call(w.outsider(), () -> exports.comparison(v1, v2, TOKYO)))
                .isInstanceOf(NotAMemberException.class);
    }
}
