package org.councilworkspace.wordexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.councilworkspace.wordexport.TrackedChanges.ComparedSection;
import org.councilworkspace.wordexport.TrackedChanges.Piece;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

class TrackedChangesTest {

    static final OffsetDateTime FROZEN = OffsetDateTime.of(2026, 12, 4, 9, 30, 0, 0, ZoneOffset.ofHours(7));

    private static Piece eq(String t) {
        return new Piece(Piece.Kind.EQUAL, t);
    }

    @Test
    void differences_are_word_tracked_changes_with_author_and_date() throws Exception {
        byte[] docx = TrackedChanges.render("ja", "v0.3 → v0.4", "Secretariat <Tanaka>", FROZEN, List.of(
                new ComparedSection(1, "1 目標", "1 目標", List.of(eq("輸出を"), new Piece(Piece.Kind.DELETED, "増やす"),
                        new Piece(Piece.Kind.INSERTED, "倍増する"), eq("。\n\n次の段落"))),
                new ComparedSection(1, "2 New chapter", null, List.of(new Piece(Piece.Kind.INSERTED, "All new."))),
                new ComparedSection(2, null, "2.1 Gone", List.of(new Piece(Piece.Kind.DELETED, "Old text & more")))));
        try (XWPFDocument doc = DocxRendererTest.read(docx)) {
            XWPFParagraph changed = doc.getParagraphs().stream()
                    .filter(p -> p.getCTP().getInsList().size() == 1 && p.getCTP().getDelList().size() == 1)
                    .findFirst().orElseThrow();
            CTRunTrackChange ins = changed.getCTP().getInsArray(0);
            CTRunTrackChange del = changed.getCTP().getDelArray(0);
            assertThat(ins.getAuthor()).isEqualTo("Secretariat <Tanaka>");
            assertThat(del.getAuthor()).isEqualTo("Secretariat <Tanaka>");
            assertThat(ins.getDate().toInstant()).isEqualTo(FROZEN.toInstant());
            assertThat(ins.getRArray(0).getTArray(0).getStringValue()).isEqualTo("倍増する");
            assertThat(del.getRArray(0).getDelTextArray(0).getStringValue()).isEqualTo("増やす");
            assertThat(changed.getCTP().xmlText()).containsSubsequence("輸出を", "増やす", "倍増する", "。");
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("次の段落"));
            XWPFParagraph added = doc.getParagraphs().stream().filter(p -> p.getCTP().xmlText().contains("2 New chapter"))
                    .findFirst().orElseThrow();
            assertThat(added.getStyle()).isEqualTo("Heading1");
            assertThat(added.getCTP().getInsList()).hasSize(1);
            XWPFParagraph removed = doc.getParagraphs().stream().filter(p -> p.getCTP().xmlText().contains("2.1 Gone"))
                    .findFirst().orElseThrow();
            assertThat(removed.getCTP().getDelList()).hasSize(1);
            assertThat(doc.getDocument().xmlText()).contains("Old text &amp; more");
        }
    }
}
