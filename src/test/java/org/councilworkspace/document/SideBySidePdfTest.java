package org.councilworkspace.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.testsupport.PdfReading;
import org.junit.jupiter.api.Test;

/** The old | new table in PDF: both columns read back exactly, changed words bold and underlined, pages numbered. */
class SideBySidePdfTest {

    static final String THAI = PdfRendererTest.THAI;
    static final float MIDDLE = PdfLayout.LEFT + PdfLayout.width() / 2;

    private static byte[] render(List<Block.SideRow> rows) {
        return PdfRenderer.render(new CouncilDocument("ja", "新旧対照表", null, "新旧対照表（v0.3 と v0.4）",
                List.of(new Block.Heading(1, "", "新旧対照表", null),
                        new Block.SideBySide("旧（v0.3）", "新（v0.4）", rows))), PdfRenderer.Options.plain());
    }

    @Test
    void both_columns_read_back_exactly_under_headers_naming_the_two_versions() {
        byte[] pdf = render(List.of(new Block.SideRow(
                List.of(Block.Paragraph.of("1 目標"), new Block.Paragraph(List.of(Run.plain("議事次第を"),
                        Run.plain("配布する").marked(), Run.plain("。")))),
                List.of(Block.Paragraph.of("1 目標"), new Block.Paragraph(List.of(Run.plain("議事次第を"),
                        Run.plain("公表する").marked(), Run.plain("。"))))),
                // One side empty, so the other's lines are read alone however they wrap.
                new Block.SideRow(List.of(Block.Paragraph.of(THAI)), List.of()),
                new Block.SideRow(List.of(), List.of(new Block.ListBlock(false, 1, List.of(new Block.ListItem(
                        List.of(Block.Paragraph.of("ผู้ใหญ่ น้ำ เท่านั้น")))))))));

        List<PdfReading.Line> lines = PdfReading.lines(pdf);
        List<String> texts = lines.stream().map(PdfReading.Line::text).toList();
        // A reader reads a row's left cell, then its right one.
        assertThat(texts).containsSubsequence("旧（v0.3）新（v0.4）", "1 目標", "議事次第を配布する。", "1 目標",
                "議事次第を公表する。");
        assertThat(PdfReading.text(pdf)).contains(THAI, "•ผู้ใหญ่ น้ำ เท่านั้น");
        assertThat(PdfReading.glyphs(pdf)).noneMatch(g -> g.code() == 0);
        assertThat(PdfReading.artifacts(pdf).get(0)).contains("新旧対照表（v0.3 と v0.4）", "1");
    }

    @Test
    void changed_words_are_bold_and_underlined_on_their_own_side_and_nothing_else_is() {
        byte[] pdf = render(List.of(new Block.SideRow(
                List.of(new Block.Paragraph(List.of(Run.plain("Exports "), Run.plain("grow").marked(),
                        Run.plain(" by 2031.")))),
                List.of(new Block.Paragraph(List.of(Run.plain("Exports "), Run.plain("double").marked(),
                        Run.plain(" by 2031."))))),
                new Block.SideRow(List.of(Block.Paragraph.of("Unchanged words here.")),
                        List.of(Block.Paragraph.of("Unchanged words here.")))));

        PdfReading.Line changed = PdfReading.lines(pdf).stream().filter(l -> l.text().contains("grow"))
                .findFirst().orElseThrow();
        PdfReading.Line unchanged = PdfReading.lines(pdf).stream().filter(l -> l.text().startsWith("Unchanged"))
                .findFirst().orElseThrow();
        List<PdfReading.Bar> bars = PdfReading.bars(pdf).stream().filter(b -> b.width() < 100).toList();
        assertThat(bars).as("one bar under each changed word").hasSize(2)
                .allSatisfy(b -> assertThat(b.top()).isBetween(changed.y(), changed.y() + 5));
        assertThat(bars).anySatisfy(b -> assertThat(b.x() + b.width()).isLessThan(MIDDLE))
                .anySatisfy(b -> assertThat(b.x()).isGreaterThan(MIDDLE));
        assertThat(bars).noneSatisfy(b -> assertThat(b.top()).isBetween(unchanged.y(), unchanged.y() + 5));
        List<PdfReading.Glyph> onChangedLine = PdfReading.glyphs(pdf).stream()
                .filter(g -> Math.abs(g.y() - changed.y()) < 1).toList();
        assertThat(onChangedLine.stream().filter(g -> g.font().contains("Bold")).count())
                .as("the glyphs of grow and double").isEqualTo("growdouble".length());
    }

    @Test
    void a_row_longer_than_a_page_continues_on_the_next_under_the_repeated_header() {
        List<Block> left = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            left.add(Block.Paragraph.of("旧の第" + i + "項 " + THAI));
        }
        byte[] pdf = render(List.of(new Block.SideRow(left, List.of(Block.Paragraph.of("新")))));

        List<PdfReading.Line> lines = PdfReading.lines(pdf);
        int pages = lines.stream().mapToInt(PdfReading.Line::page).max().orElse(0);
        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            int p = page;
            assertThat(lines).filteredOn(l -> l.page() == p).extracting(PdfReading.Line::text)
                    .contains("旧（v0.3）新（v0.4）");
            assertThat(PdfReading.artifacts(pdf).get(page - 1)).contains(Integer.toString(page));
        }
        // A paragraph cut by the page goes on after the right cell's part of the page and the repeated header.
        String text = PdfReading.text(pdf).replace("旧（v0.3）新（v0.4）", "").replace("新", "");
        for (int i = 0; i < 60; i++) {
            assertThat(text).contains("旧の第" + i + "項 " + THAI);
        }
        assertThat(lines).allSatisfy(l -> assertThat(l.y()).isLessThan(PdfLayout.PAGE_HEIGHT - PdfLayout.BOTTOM));
    }
}
