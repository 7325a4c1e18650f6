package org.councilworkspace.wordexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.MarkdownBlocks;
import org.councilworkspace.document.Run;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {

    @Test
    void the_side_by_side_table_has_the_versions_as_headers_and_renders_each_sides_markdown_with_marks() throws Exception {
        String old = "輸出を**増やす**。\n\n- 人材\n- 部品";
        BitSet changed = new BitSet();
        changed.set(old.indexOf("増やす"), old.indexOf("増やす") + 3);
        byte[] docx = DocxRenderer.render(new CouncilDocument("ja", "新旧対照表", null, "新旧対照表", List.of(
                new Block.SideBySide("旧（v0.3）", "新（v0.4）", List.of(new Block.SideRow(
                        List.of(new Block.Paragraph(List.of(Run.bold("1 目標"))), new Block.Paragraph(List.of(
                                Run.plain("輸出を"), Run.plain("増やす").marked(), Run.plain("。")))),
                        MarkdownBlocks.parse(old, 0, changed)))))));
        try (XWPFDocument doc = DocxRendererTest.read(docx)) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(2);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("旧（v0.3）");
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("新（v0.4）");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            List<XWPFParagraph> right = table.getRow(1).getCell(1).getParagraphs();
            assertThat(right).extracting(XWPFParagraph::getText).containsExactly("輸出を増やす。", "人材", "部品");
            assertThat(right.get(1).getNumID()).as("a Word list, not a typed dash").isNotNull();
            XWPFRun marked = right.get(0).getRuns().get(1);
            assertThat(marked.text()).isEqualTo("増やす");
            assertThat(marked.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(marked.isBold()).isTrue();
            assertThat(right.get(0).getRuns().get(0).getUnderline()).isEqualTo(UnderlinePatterns.NONE);
            assertThat(table.getRow(1).getCell(0).getParagraphs().get(1).getRuns().get(1).getUnderline())
                    .isEqualTo(UnderlinePatterns.SINGLE);
        }
    }
}
