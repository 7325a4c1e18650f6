package org.councilworkspace.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {

    @Test
    void headings_move_down_under_the_section_and_keep_their_words() {
        List<Block> blocks = MarkdownBlocks.parse("# ภูมิหลัง\n\nข้อความ", 2);

        assertThat(blocks).containsExactly(new Block.Heading(3, "", "ภูมิหลัง", null),
                new Block.Paragraph(List.of(Run.plain("ข้อความ"))));
    }

    @Test
    void bold_and_italic_become_runs_and_neighbouring_text_stays_one_run() {
        Block.Paragraph p = (Block.Paragraph) MarkdownBlocks.parse("**สถาน**ที่ *議事次第* and [a link](https://x.org) `code`", 0)
                .get(0);

        assertThat(p.runs()).containsExactly(new Run("สถาน", true, false), Run.plain("ที่ "),
                new Run("議事次第", false, true), Run.plain(" and a link code"));
    }

    @Test
    void lists_keep_their_numbering_and_nesting() {
        List<Block> blocks = MarkdownBlocks.parse("3. first\n4. second\n   - inner\n", 0);

        Block.ListBlock list = (Block.ListBlock) blocks.get(0);
        assertThat(list.numbered()).isTrue();
        assertThat(list.start()).isEqualTo(3);
        assertThat(list.items()).hasSize(2);
        assertThat(list.items().get(1).blocks()).hasSize(2).last().isInstanceOf(Block.ListBlock.class);
    }

    @Test
    void tables_keep_their_header_row_and_cells() {
        Block.Table table = (Block.Table) MarkdownBlocks.parse("| 旧 | 新 |\n|---|---|\n| a | **b** |\n", 0).get(0);

        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).cells().get(1).runs()).containsExactly(new Run("b", true, false));
    }

    @Test
    void raw_html_is_kept_as_the_text_it_is() {
        Block.Paragraph p = (Block.Paragraph) MarkdownBlocks.parse("a <script>alert(1)</script> b", 0).get(0);

        assertThat(p.text()).isEqualTo("a <script>alert(1)</script> b");
    }
}
