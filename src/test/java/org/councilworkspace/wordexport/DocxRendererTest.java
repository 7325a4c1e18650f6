package org.councilworkspace.wordexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.MarkdownBlocks;
import org.councilworkspace.document.TitlePage;
import org.junit.jupiter.api.Test;

class DocxRendererTest {

    static CouncilDocument plan(String language) {
        List<Block> blocks = new java.util.ArrayList<>();
        blocks.add(new Block.TableOfContents("Contents"));
        blocks.add(new Block.Heading(1, "1", "Vision", "s1"));
        blocks.addAll(MarkdownBlocks.parse("Exports **double** by *2031*.\n\n- skills\n- suppliers", 1));
        blocks.add(new Block.Heading(2, "1.1", "สถานที่และผู้ใหญ่", "s2"));
        blocks.addAll(MarkdownBlocks.parse("น้ำ เท่านั้น\n\n| Year | Cars |\n| --- | --- |\n| 2031 | 2.5m |", 2));
        blocks.add(new Block.Heading(1, "2", "議事次第と新旧対照表", "s3"));
        blocks.addAll(MarkdownBlocks.parse("1. 第一\n2. 第二", 1));
        return new CouncilDocument(language, "Plan — v0.4", new TitlePage("Automotive council", "Automotive plan",
                "Cycle 2027–2031", "Version v0.4 (0.4)", "4 December 2026", "Draft for consultation"),
                "Automotive plan · v0.4", blocks);
    }

    static XWPFDocument read(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void headings_are_in_word_heading_styles_with_their_numbers() throws Exception {
        try (XWPFDocument doc = read(DocxRenderer.render(plan("th")))) {
            assertThat(paragraph(doc, "1 Vision").getStyle()).isEqualTo("Heading1");
            assertThat(paragraph(doc, "1.1 สถานที่และผู้ใหญ่").getStyle()).isEqualTo("Heading2");
            assertThat(paragraph(doc, "2 議事次第と新旧対照表").getStyle()).isEqualTo("Heading1");
            assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(doc.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
                    .isEqualTo(1);
        }
    }

    @Test
    void the_text_bold_italic_lists_and_tables_come_through() throws Exception {
        try (XWPFDocument doc = read(DocxRenderer.render(plan("en")))) {
            XWPFParagraph exports = paragraph(doc, "Exports double by 2031.");
            List<XWPFRun> runs = exports.getRuns();
            assertThat(runs).anySatisfy(r -> assertThat(r.text() + r.isBold()).isEqualTo("doubletrue"));
            assertThat(runs).anySatisfy(r -> assertThat(r.text() + r.isItalic()).isEqualTo("2031true"));
            assertThat(paragraph(doc, "skills").getNumFmt()).isEqualTo("bullet");
            assertThat(paragraph(doc, "第一").getNumFmt()).isEqualTo("decimal");
            assertThat(paragraph(doc, "น้ำ เท่านั้น")).isNotNull();
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("2.5m");
            assertThat(doc.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
        }
    }

    @Test
    void the_title_page_contents_field_header_and_page_numbers_are_there() throws Exception {
        try (XWPFDocument doc = read(DocxRenderer.render(plan("ja")))) {
            assertThat(paragraph(doc, "Automotive plan").getStyle()).isEqualTo("Title");
            for (String line : List.of("Automotive council", "Cycle 2027–2031", "Version v0.4 (0.4)",
                    "4 December 2026", "Draft for consultation")) {
                assertThat(paragraph(doc, line).getStyle()).as(line).isEqualTo("Subtitle");
            }
            String body = doc.getDocument().xmlText();
            assertThat(body).contains(" TOC \\o \"1-3\" \\h \\z \\u ");
            assertThat(doc.getHeaderList().get(0).getText()).contains("Automotive plan · v0.4");
            assertThat(doc.getFooterList().get(0).getText()).contains("Automotive plan · v0.4");
            assertThat(doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText()).contains(" PAGE ");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Plan — v0.4");
        }
    }

    @Test
    void the_language_and_a_font_per_script_are_set() throws Exception {
        try (XWPFDocument doc = read(DocxRenderer.render(plan("th")))) {
            var defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getLangArray(0).getVal()).isEqualTo("th-TH");
            assertThat(defaults.getLangArray(0).getEastAsia()).isEqualTo("ja-JP");
            assertThat(defaults.getLangArray(0).getBidi()).isEqualTo("th-TH");
            assertThat(defaults.getRFontsArray(0).getCs()).isEqualTo("Sarabun");
            assertThat(defaults.getRFontsArray(0).getEastAsia()).isEqualTo("Noto Sans JP");
            assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo("Noto Sans");
        }
        try (XWPFDocument doc = read(DocxRenderer.render(plan("en")))) {
            assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal())
                    .isEqualTo("en-GB");
        }
    }
}
