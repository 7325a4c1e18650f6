package org.councilworkspace.wordexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.councilworkspace.wordexport.TrackedChanges.ComparedSection;
import org.councilworkspace.wordexport.TrackedChanges.Piece;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {

    @Test
    void changed_sections_are_rows_old_on_the_left_new_on_the_right_with_the_changed_words_marked() throws Exception {
        byte[] docx = ComparisonTable.render("ja", "新旧対照表", "旧 (v0.3)", "新 (v0.4)", List.of(
                new ComparedSection(1, "1 目標", "1 目標", List.of(new Piece(Piece.Kind.EQUAL, "輸出を"),
                        new Piece(Piece.Kind.DELETED, "増やす"), new Piece(Piece.Kind.INSERTED, "倍増する"),
                        new Piece(Piece.Kind.EQUAL, "。"))),
                new ComparedSection(1, "2 同じ", "2 同じ", List.of(new Piece(Piece.Kind.EQUAL, "変更なし"))),
                new ComparedSection(1, "3 新設", null, List.of(new Piece(Piece.Kind.INSERTED, "新しい章")))));
        try (XWPFDocument doc = DocxRendererTest.read(docx)) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).as("header and the two changed sections").hasSize(3);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("旧 (v0.3)");
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("新 (v0.4)");
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("1 目標輸出を増やす。");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("1 目標輸出を倍増する。");
            XWPFRun marked = table.getRow(1).getCell(1).getParagraphs().get(1).getRuns().get(1);
            assertThat(marked.text()).isEqualTo("倍増する");
            assertThat(marked.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(table.getRow(1).getCell(1).getParagraphs().get(1).getRuns().get(0).getUnderline())
                    .isEqualTo(UnderlinePatterns.NONE);
            assertThat(table.getRow(2).getCell(0).getText()).isEmpty();
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("3 新設新しい章");
        }
    }
}
