package org.councilworkspace.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
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

    @Test
    void marked_source_characters_mark_the_words_they_became_through_formatting_escapes_and_lists() {
        String source = "輸出を**倍増**する。\n\n- 部品 \\*供給\\*\n- 人材";
        BitSet marked = new BitSet();
        marked.set(source.indexOf("倍増"), source.indexOf("倍増") + 2);
        marked.set(source.indexOf("供給"), source.indexOf("供給") + 2);

        List<Block> blocks = MarkdownBlocks.parse(source, 0, marked);

        assertThat(((Block.Paragraph) blocks.get(0)).runs()).containsExactly(Run.plain("輸出を"),
                new Run("倍増", true, false, true, null), Run.plain("する。"));
        Block.ListBlock list = (Block.ListBlock) blocks.get(1);
        assertThat(((Block.Paragraph) list.items().get(0).blocks().get(0)).runs()).containsExactly(
                Run.plain("部品 *"), new Run("供給", true, false, true, null), Run.plain("*"));
        assertThat(((Block.Paragraph) list.items().get(1).blocks().get(0)).runs()).containsExactly(Run.plain("人材"));
    }

    @Test
    void footnotes_become_numbered_references_and_notes_at_the_end_in_the_order_they_are_cited() {
        List<Block> blocks = MarkdownBlocks.parse("ราคา[^b] และ 議事次第[^a]。\n\n[^a]: 第3回。\n[^b]: ปี **2570**\n", 0);

        Note first = new Note(1, List.of(Run.plain("ปี "), Run.bold("2570")));
        Note second = new Note(2, List.of(Run.plain("第3回。")));
        assertThat(blocks).containsExactly(new Block.Paragraph(List.of(Run.plain("ราคา"),
                        new Run("1", false, false, false, first), Run.plain(" และ 議事次第"),
                        new Run("2", false, false, false, second), Run.plain("。"))),
                new Block.Notes(List.of(first, second)));
    }

    @Test
    void a_footnote_nobody_cites_stays_as_text() {
        List<Block> blocks = MarkdownBlocks.parse("Text.\n\n[^x]: Orphan note.", 0);

        assertThat(blocks).containsExactly(Block.Paragraph.of("Text."), Block.Paragraph.of("Orphan note."));
    }
}
