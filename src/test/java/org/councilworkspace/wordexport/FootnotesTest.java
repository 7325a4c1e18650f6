package org.councilworkspace.wordexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.MarkdownBlocks;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.testsupport.PdfReading;
import org.junit.jupiter.api.Test;

/** Footnotes written [^1] ... [^1]: text: Word's own footnotes in .docx, numbered notes at the section's end in PDF. */
class FootnotesTest {

    static final String SECTION = "ผู้ใหญ่[^1] และ 議事次第[^n].\n\n[^1]: หมายเหตุ **หนึ่ง** น้ำ\n[^n]: 第二の注\n";

    private static CouncilDocument document() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "1", "บทนำ", "s1"));
        blocks.addAll(MarkdownBlocks.parse(SECTION, 1));
        blocks.add(new Block.Heading(1, "2", "Next chapter", "s2"));
        blocks.addAll(MarkdownBlocks.parse("Plain text.", 1));
        return new CouncilDocument("th", "Plan", null, "Plan · v0.4", blocks);
    }

    @Test
    void word_gets_real_footnotes_referenced_from_the_text_and_no_markdown_marks() throws Exception {
        try (XWPFDocument doc = DocxRendererTest.read(DocxRenderer.render(document()))) {
            List<XWPFFootnote> notes = doc.getFootnotes().stream()
                    .filter(f -> f.getCTFtnEdn().getId().intValue() > 0).toList();
            assertThat(notes).extracting(f -> f.getParagraphs().get(0).getText().strip())
                    .containsExactly("หมายเหตุ หนึ่ง น้ำ", "第二の注");
            XWPFParagraph text = doc.getParagraphs().stream()
                    .filter(p -> p.getRuns().stream().map(XWPFRun::text).anyMatch(t -> t.contains("ผู้ใหญ่")))
                    .findFirst().orElseThrow();
            // POI spells a reference out as [footnoteRef:n] in the run's text.
            assertThat(text.getRuns().stream().map(XWPFRun::text).reduce("", String::concat))
                    .isEqualTo("ผู้ใหญ่[footnoteRef:1] และ 議事次第[footnoteRef:2].");
            List<Integer> referenced = text.getRuns().stream().filter(r -> r.getCTR().sizeOfFootnoteReferenceArray() > 0)
                    .map(r -> r.getCTR().getFootnoteReferenceArray(0).getId().intValue()).toList();
            assertThat(referenced).containsExactlyElementsOf(notes.stream()
                    .map(f -> f.getCTFtnEdn().getId().intValue()).toList());
            assertThat(doc.getStyles().getStyle("FootnoteReference").getCTStyle().getRPr().getVertAlignArray(0)
                    .getVal().toString()).isEqualTo("superscript");
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().contains("[^"));
        }
    }

    @Test
    void the_pdf_prints_the_notes_numbered_at_the_end_of_their_section() {
        byte[] pdf = PdfRenderer.render(document(), PdfRenderer.Options.plain());

        String text = PdfReading.text(pdf);
        assertThat(text).contains("ผู้ใหญ่1 และ 議事次第2.", "1.หมายเหตุ หนึ่ง น้ำ", "2.第二の注").doesNotContain("[^");
        assertThat(text.indexOf("ผู้ใหญ่1")).isLessThan(text.indexOf("1.หมายเหตุ"));
        assertThat(text.indexOf("2.第二の注")).isLessThan(text.indexOf("2 Next chapter"));
        assertThat(PdfReading.glyphs(pdf)).noneMatch(g -> g.code() == 0);
    }
}
