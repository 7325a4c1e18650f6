package org.councilworkspace.wordexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.councilworkspace.wordexport.TrackedChanges.ComparedSection;
import org.councilworkspace.wordexport.TrackedChanges.Piece;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

/** Tracked changes keep the section's Markdown formatting: a change inside bold, a list or a heading is tracked there. */
class TrackedMarkdownTest {

    private static Piece eq(String t) {
        return new Piece(Piece.Kind.EQUAL, t);
    }

    private static Piece ins(String t) {
        return new Piece(Piece.Kind.INSERTED, t);
    }

    private static Piece del(String t) {
        return new Piece(Piece.Kind.DELETED, t);
    }

    private static XWPFDocument render(List<Piece> body) throws Exception {
        return DocxRendererTest.read(TrackedChanges.render("th", "v1 → v2", "Secretariat", TrackedChangesTest.FROZEN,
                List.of(new ComparedSection(1, "1 สถานที่", "1 สถานที่", body))));
    }

    private static XWPFParagraph containing(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getCTP().xmlText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph with " + text));
    }

    @Test
    void an_insertion_inside_bold_is_a_bold_tracked_insertion_and_the_marks_do_not_show() throws Exception {
        try (XWPFDocument doc = render(List.of(eq("ผู้ใหญ่ **น้ำ"), ins("เท่านั้น"), eq("** and *"), del("old"),
                ins("new"), eq("* words")))) {
            XWPFParagraph p = containing(doc, "เท่านั้น");
            CTRunTrackChange inserted = p.getCTP().getInsList().stream()
                    .filter(i -> i.xmlText().contains("เท่านั้น")).findFirst().orElseThrow();
            CTR run = inserted.getRArray(0);
            assertThat(run.getRPr().sizeOfBArray()).isEqualTo(1);
            CTRunTrackChange deleted = p.getCTP().getDelArray(0);
            assertThat(deleted.getRArray(0).getDelTextArray(0).getStringValue()).isEqualTo("old");
            assertThat(deleted.getRArray(0).getRPr().sizeOfIArray()).isEqualTo(1);
            assertThat(p.getCTP().xmlText()).doesNotContain("**").doesNotContain("*old");
            assertThat(p.getText()).isEqualTo("ผู้ใหญ่ น้ำเท่านั้น and new words");
        }
    }

    @Test
    void list_items_and_headings_are_word_lists_and_headings_with_their_changes() throws Exception {
        try (XWPFDocument doc = render(List.of(eq("## 背景\n\n- 議事次第\n- "), ins("新旧対照表"), eq("\n\n1. one\n2. "),
                del("two"), eq("\n")))) {
            XWPFParagraph heading = containing(doc, "背景");
            assertThat(heading.getStyle()).isEqualTo("Heading3");
            assertThat(heading.getText()).isEqualTo("背景");
            XWPFParagraph first = containing(doc, "議事次第");
            XWPFParagraph second = containing(doc, "新旧対照表");
            assertThat(first.getNumID()).isNotNull().isEqualTo(second.getNumID());
            assertThat(second.getText()).isEqualTo("新旧対照表");
            assertThat(second.getCTP().getInsList()).hasSize(1);
            // An item all inserted has its paragraph mark inserted too: rejecting leaves no empty item.
            assertThat(second.getCTP().getPPr().getRPr().isSetIns()).isTrue();
            XWPFParagraph numbered = containing(doc, "one");
            assertThat(numbered.getNumID()).isNotEqualTo(first.getNumID());
            XWPFParagraph gone = containing(doc, "two");
            assertThat(gone.getNumID()).isEqualTo(numbered.getNumID());
            assertThat(gone.getCTP().getPPr().getRPr().isSetDel()).isTrue();
            assertThat(doc.getDocument().xmlText()).doesNotContain("- 議事次第", "## ", "1. one");
        }
    }

    @Test
    void escaped_and_typed_markup_stays_text() throws Exception {
        try (XWPFDocument doc = render(List.of(eq("a \\*star\\* <b>x</b> & "), ins("น้ำ")))) {
            XWPFParagraph p = containing(doc, "star");
            assertThat(p.getText()).isEqualTo("a *star* <b>x</b> & น้ำ");
            assertThat(p.getCTP().getInsArray(0).getRArray(0).getTArray(0).getStringValue()).isEqualTo("น้ำ");
        }
    }
}
