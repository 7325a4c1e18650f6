package org.councilworkspace.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    static final String THAI = "สถานที่ประชุมของผู้ใหญ่บ้าน ใช้น้ำประปาเท่านั้น";
    static final String JAPANESE = "第3回議事次第と新旧対照表（案）を配布します。";
    static final String ENGLISH = "The secretariat circulates the agenda, the comparison table and the draft.";

    @Test
    void thai_japanese_and_english_passages_read_back_exactly_as_written() {
        CouncilDocument doc = document("th", List.of(
                new Block.Heading(1, "1", "บทนำ", "s1"),
                new Block.Paragraph(List.of(Run.plain("ข้อความ: "), Run.bold("สถานที่"), Run.plain("และ"),
                        new Run("ผู้ใหญ่", false, true), Run.plain(" "), Run.plain(THAI))),
                Block.Paragraph.of(JAPANESE),
                new Block.Paragraph(List.of(new Run(JAPANESE, false, true))),
                Block.Paragraph.of(ENGLISH),
                new Block.ListBlock(true, 1, List.of(new Block.ListItem(List.of(Block.Paragraph.of("น้ำ เท่านั้น"))))),
                new Block.Table(1, List.of(
                        new Block.TableRow(List.of(Block.TableCell.of("議事次第"), Block.TableCell.of("สถานที่"))),
                        new Block.TableRow(List.of(Block.TableCell.of("新旧対照表"), Block.TableCell.of(ENGLISH)))))));

        byte[] pdf = PdfRenderer.render(doc, PdfRenderer.Options.plain());

        String text = PdfReading.text(pdf);
        assertThat(text).contains("ข้อความ: สถานที่และผู้ใหญ่ " + THAI, JAPANESE + JAPANESE, ENGLISH,
                "น้ำ เท่านั้น", "議事次第", "สถานที่", "新旧対照表");
        assertThat(PdfReading.lines(pdf)).extracting(PdfReading.Line::text).contains("1 บทนำ");
    }

    @Test
    void no_glyph_is_the_missing_glyph_even_for_a_character_no_font_has() {
        String music = "Score \uD834\uDD1E ends";
        CouncilDocument doc = document("en", List.of(Block.Paragraph.of(THAI), Block.Paragraph.of(JAPANESE),
                Block.Paragraph.of(ENGLISH), Block.Paragraph.of(music)));

        byte[] pdf = PdfRenderer.render(doc, new PdfRenderer.Options(true));

        List<PdfReading.Glyph> glyphs = PdfReading.glyphs(pdf);
        assertThat(glyphs).hasSizeGreaterThan(100).noneMatch(g -> g.code() == 0);
        assertThat(PdfReading.text(pdf)).contains(music);
    }

    @Test
    void the_tone_mark_of_thi_is_drawn_where_the_font_places_it() {
        byte[] shaped = PdfRenderer.render(document("th", List.of(Block.Paragraph.of("ที่"))),
                PdfRenderer.Options.plain());

        assertThat(ThaiMarks.toneMarkAsTheFontPlacesIt(shaped)).isTrue();
    }

    @Test
    void without_shaping_the_tone_mark_check_fails() {
        byte[] unshaped = PdfRenderer.render(document("th", List.of(Block.Paragraph.of("ที่"))),
                PdfRenderer.Options.plain(), false);

        assertThat(ThaiMarks.toneMarkAsTheFontPlacesIt(unshaped)).isFalse();
        // The text is right either way: only the look needed shaping.
        assertThat(PdfReading.text(unshaped)).isEqualTo("ที่");
    }

    @Test
    void no_line_is_broken_inside_a_thai_or_japanese_word() {
        String thai = (THAI + "และการพัฒนาอุตสาหกรรมยานยนต์ไฟฟ้าของประเทศไทย").repeat(6);
        String japanese = ("産業構造審議会の" + JAPANESE + "電気自動車の普及を支援する。").repeat(6);
        byte[] pdf = PdfRenderer.render(document("th", List.of(Block.Paragraph.of(thai),
                Block.Paragraph.of(japanese))), PdfRenderer.Options.plain());

        List<String> lines = PdfReading.lines(pdf).stream().map(PdfReading.Line::text).toList();
        List<String> thaiLines = linesOf(lines, thai);
        List<String> japaneseLines = linesOf(lines, japanese);

        assertThat(thaiLines).hasSizeGreaterThan(2);
        assertThat(japaneseLines).hasSizeGreaterThan(2);
        assertThat(Words.cutsInsideWords(thai, thaiLines, "th")).isEmpty();
        assertThat(Words.cutsInsideWords(japanese, japaneseLines, "ja")).isEmpty();
    }

    @Test
    void the_file_carries_the_documents_language_and_title() throws Exception {
        byte[] pdf = PdfRenderer.render(new CouncilDocument("ja", "第3回 議事次第", null, "", List.of(
                Block.Paragraph.of(JAPANESE))), PdfRenderer.Options.plain());

        try (PDDocument doc = PdfReading.open(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("ja");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("第3回 議事次第");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(595f, 596f);
        }
    }

    @Test
    void contents_give_the_page_each_heading_is_on_and_pages_carry_header_and_number() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.TableOfContents("สารบัญ"));
        blocks.add(new Block.Heading(1, "1", "บทนำ", "a"));
        blocks.add(Block.Paragraph.of(THAI));
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.Heading(2, "1.1", "สถานที่", "b"));
        CouncilDocument doc = new CouncilDocument("th", "แผน", new TitlePage("สภา", "แผนแม่บท", "2570–2574", "ฉบับ 0.4",
                "1 มกราคม 2570", "ร่างเพื่อรับฟังความคิดเห็น"), "แผนแม่บท · ฉบับ 0.4", blocks);

        byte[] pdf = PdfRenderer.render(doc, PdfRenderer.Options.plain());

        List<PdfReading.Line> lines = PdfReading.lines(pdf);
        assertThat(lines).filteredOn(l -> l.page() == 1).extracting(PdfReading.Line::text)
                .contains("สภา", "แผนแม่บท", "ร่างเพื่อรับฟังความคิดเห็น");
        // Title page 1, contents page 2, the chapter on page 3 and the section after the break on page 4.
        assertThat(lines).filteredOn(l -> l.page() == 2).extracting(PdfReading.Line::text)
                .containsSubsequence("สารบัญ", "1 บทนำ3", "1.1 สถานที่4");
        assertThat(lines).filteredOn(l -> l.text().equals("1.1 สถานที่")).extracting(PdfReading.Line::page)
                .containsExactly(4);
        List<List<String>> artifacts = PdfReading.artifacts(pdf);
        assertThat(artifacts.get(0)).isEmpty();
        assertThat(artifacts.get(3)).contains("แผนแม่บท · ฉบับ 0.4", "4");
    }

    @Test
    void line_numbers_are_printed_in_the_margin_only_when_asked_and_count_per_page() {
        CouncilDocument doc = document("en", List.of(Block.Paragraph.of(ENGLISH.repeat(8)),
                new Block.PageBreak(), Block.Paragraph.of(ENGLISH)));

        List<List<String>> numbered = PdfReading.artifacts(PdfRenderer.render(doc, new PdfRenderer.Options(true)));
        List<List<String>> plain = PdfReading.artifacts(PdfRenderer.render(doc, PdfRenderer.Options.plain()));

        assertThat(numbered.get(0)).contains("1", "2", "3", "4", "5");
        assertThat(numbered.get(1)).contains("1").doesNotContain("3");
        assertThat(plain.get(0)).doesNotContain("3", "4", "5");
    }

    static CouncilDocument document(String language, List<Block> blocks) {
        return new CouncilDocument(language, "Test", null, "v0.1", blocks);
    }

    /** The lines whose text belongs to the passage, in order: the passage is their concatenation. */
    private static List<String> linesOf(List<String> lines, String passage) {
        List<String> out = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (String line : lines) {
            if (passage.startsWith(joined + line)) {
                out.add(line);
                joined.append(line);
            }
        }
        assertThat(joined.toString()).isEqualTo(passage);
        return out;
    }
}
