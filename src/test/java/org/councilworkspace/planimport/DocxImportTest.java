package org.councilworkspace.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxImportTest {

    static final long CAP = 10L * 1024 * 1024;

    static ImportPreview read(byte[] docx) {
        return ImportReader.read("plan.docx", docx, CAP);
    }

    static List<String> outline(ImportPreview preview) {
        List<String> numbers = preview.numbers();
        return java.util.stream.IntStream.range(0, numbers.size())
                .mapToObj(i -> numbers.get(i) + " " + preview.sections().get(i).title()).toList();
    }

    @Test
    void heading_styles_become_chapters_sections_and_subsections() {
        ImportPreview preview = read(Docx.build(d -> d.title("Automotive master plan")
                .heading(1, "Vision").paragraph("Where we want to be.")
                .heading(1, "Current situation")
                .heading(2, "Production").paragraph("Two million cars.")
                .heading(3, "Passenger cars")
                .heading(2, "Exports")));
        assertThat(preview.documentTitle()).isEqualTo("Automotive master plan");
        assertThat(outline(preview)).containsExactly("1 Vision", "2 Current situation", "2.1 Production",
                "2.1.1 Passenger cars", "2.2 Exports");
        assertThat(preview.sections().get(0).body()).isEqualTo("Where we want to be.");
        assertThat(preview.sections().get(2).body()).isEqualTo("Two million cars.");
        assertThat(preview.notCarried()).isEmpty();
    }

    @Test
    void numbers_typed_into_styled_headings_are_left_to_the_outline() {
        ImportPreview preview = read(Docx.build(d -> d.heading(1, "1 Vision").heading(2, "1.1 Targets")
                .heading(1, "2030 targets")));
        assertThat(outline(preview)).containsExactly("1 Vision", "1.1 Targets", "2 2030 targets");
    }

    @Test
    void decimal_numbered_headings_without_styles_become_the_outline() {
        ImportPreview preview = read(Docx.build(d -> d.paragraph("1. Introduction").paragraph("Some text.")
                .paragraph("1.1 Scope").paragraph("1.1.1 Sectors covered").paragraph("2. Measures")));
        assertThat(outline(preview)).containsExactly("1 Introduction", "1.1 Scope", "1.1.1 Sectors covered",
                "2 Measures");
        assertThat(preview.sections().get(0).body()).isEqualTo("Some text.");
    }

    @Test
    void thai_chapter_headings_become_chapters() {
        ImportPreview preview = read(Docx.build(d -> d.paragraph("บทที่ 1 บทนำ").paragraph("ข้อความในบทนำ")
                .paragraph("บทที่ ๒ ยุทธศาสตร์").paragraph("ส่วนที่ 1 อุตสาหกรรมยานยนต์")));
        assertThat(outline(preview)).containsExactly("1 บทนำ", "2 ยุทธศาสตร์", "2.1 อุตสาหกรรมยานยนต์");
        assertThat(preview.sections().get(0).body()).isEqualTo("ข้อความในบทนำ");
    }

    @Test
    void japanese_chapter_and_section_headings_become_chapters_and_sections() {
        ImportPreview preview = read(Docx.build(d -> d.paragraph("第1章　総論").paragraph("本計画の目的を定める。")
                .paragraph("第1節 背景").paragraph("第二章 施策")));
        assertThat(outline(preview)).containsExactly("1 総論", "1.1 背景", "2 施策");
        assertThat(preview.sections().get(0).body()).isEqualTo("本計画の目的を定める。");
    }

    @Test
    void a_numbered_sentence_is_a_paragraph_not_a_heading() {
        ImportPreview preview = read(Docx.build(d -> d.heading(1, "Measures")
                .paragraph("1. The ministry reports every year.").paragraph("3 members attended")));
        assertThat(outline(preview)).containsExactly("1 Measures");
        assertThat(preview.sections().get(0).body()).isEqualTo("1\\. The ministry reports every year.\n\n3 members attended");
    }

    @Test
    void bold_and_italic_runs_become_markdown_emphasis() {
        ImportPreview preview = read(Docx.build(d -> {
            d.heading(1, "Vision");
            XWPFParagraph p = d.paragraph();
            d.run(p, "Exports ", false, false);
            d.run(p, "must double ", true, false);
            d.run(p, "by 2031", false, true);
            d.run(p, " (see *note*).", false, false);
        }));
        assertThat(preview.sections().get(0).body())
                .isEqualTo("Exports **must double** *by 2031* (see \\*note\\*).");
    }

    @Test
    void bulleted_and_numbered_lists_become_markdown_lists() {
        ImportPreview preview = read(Docx.build(d -> d.heading(1, "Measures")
                .list(true, 0, "Skills", 1, "Vocational schools", 0, "Suppliers")
                .paragraph("Then:")
                .list(false, 0, "Consult", 0, "Decide")));
        assertThat(preview.sections().get(0).body()).isEqualTo(
                "- Skills\n    - Vocational schools\n- Suppliers\n\nThen:\n\n1. Consult\n1. Decide");
    }

    @Test
    void tables_become_pipe_tables() {
        ImportPreview preview = read(Docx.build(d -> {
            d.heading(1, "Targets");
            XWPFTable table = d.doc().createTable(2, 2);
            table.getRow(0).getCell(0).setText("Year");
            table.getRow(0).getCell(1).setText("Cars | trucks");
            table.getRow(1).getCell(0).setText("2031");
            table.getRow(1).getCell(1).setText("2.5 million");
        }));
        assertThat(preview.sections().get(0).body())
                .isEqualTo("| Year | Cars \\| trucks |\n| --- | --- |\n| 2031 | 2.5 million |");
    }

    @Test
    void footnotes_become_markdown_footnotes_at_the_end_of_their_paragraph() {
        ImportPreview preview = read(Docx.build(d -> {
            d.heading(1, "Vision");
            var note = d.doc().createFootnote();
            note.createParagraph().createRun().setText("Office of Industrial Economics, 2026.");
            XWPFParagraph p = d.paragraph();
            d.run(p, "Output grew", false, false).getCTR().addNewFootnoteReference()
                    .setId(note.getId());
            d.run(p, " last year.", false, false);
        }));
        assertThat(preview.sections().get(0).body())
                .isEqualTo("Output grew[^1] last year.\n\n[^1]: Office of Industrial Economics, 2026.");
    }

    @Test
    void the_report_counts_tracked_changes_comments_equations_text_boxes_and_images() throws Exception {
        ImportPreview preview = read(Docx.build(d -> {
            d.heading(1, "Vision").trackedChange("Exports ", "will ", "may ");
            d.element("http://schemas.openxmlformats.org/officeDocument/2006/math", "oMath");
            d.element("http://schemas.microsoft.com/office/word/2010/wordprocessingShape", "txbx");
            d.element("http://schemas.openxmlformats.org/drawingml/2006/picture", "pic");
            d.doc().createComments().createComment(BigInteger.ONE).setAuthor("Reviewer");
        }));
        assertThat(preview.notCarried()).containsEntry(NotCarried.TRACKED_CHANGES, 2)
                .containsEntry(NotCarried.COMMENTS, 1).containsEntry(NotCarried.EQUATIONS, 1)
                .containsEntry(NotCarried.TEXT_BOXES, 1).containsEntry(NotCarried.IMAGES, 1);
        assertThat(preview.sections().get(0).body()).as("the text reads as if the changes were accepted")
                .isEqualTo("Exports will");
    }

    @Test
    void text_before_the_first_heading_becomes_a_chapter_named_after_the_document() {
        ImportPreview preview = ImportReader.read("Road map 2031.docx",
                Docx.build(d -> d.paragraph("A foreword.").heading(1, "Vision")), CAP);
        assertThat(outline(preview)).containsExactly("1 Road map 2031", "2 Vision");
        assertThat(preview.sections().get(0).body()).isEqualTo("A foreword.");
    }

    @Test
    void levels_deeper_than_three_or_skipped_are_fitted_into_the_outline() {
        ImportPreview preview = read(Docx.build(d -> d.heading(2, "Part").heading(4, "Skipped a level")
                .heading(5, "Deeper").heading(6, "Deepest")));
        assertThat(outline(preview)).containsExactly("1 Part", "1.1 Skipped a level", "1.1.1 Deeper",
                "1.1.2 Deepest");
    }

    @Test
    void the_demo_plans_word_file_imports_as_a_thai_outline() throws Exception {
        byte[] docx;
        try (var in = getClass().getResourceAsStream("/planimport/automotive-master-plan-2022-2026.docx")) {
            docx = in.readAllBytes();
        }
        ImportPreview preview = read(docx);
        assertThat(preview.documentTitle()).isEqualTo("แผนแม่บทอุตสาหกรรมยานยนต์ พ.ศ. 2565–2569");
        assertThat(outline(preview)).containsExactly("1 บทนำ", "1.1 ที่มาและความสำคัญ", "1.2 วัตถุประสงค์",
                "2 สถานการณ์อุตสาหกรรม", "2.1 การผลิตและการส่งออก", "3 ยุทธศาสตร์และมาตรการ",
                "3.1 ยุทธศาสตร์ที่ 1 การส่งเสริมยานยนต์ไฟฟ้า");
        assertThat(preview.sections().get(2).body())
                .isEqualTo("- ยกระดับขีดความสามารถของผู้ผลิตชิ้นส่วน\n- พัฒนาบุคลากรให้พร้อมรับเทคโนโลยีใหม่");
        // Its chart of production and exports comes along as a picture, with its Thai description as alt text.
        assertThat(preview.images()).hasSize(1);
        assertThat(preview.sections().get(4).body()).contains("![แผนภูมิแท่ง: การผลิตรถยนต์ 1.99", "](attachment:");
        assertThat(preview.notCarried()).doesNotContainKey(NotCarried.IMAGES);
    }
}
