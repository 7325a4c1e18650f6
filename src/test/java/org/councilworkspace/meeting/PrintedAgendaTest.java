package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.councilworkspace.testsupport.HostileStrings;
import org.councilworkspace.testsupport.PdfReading;
import org.junit.jupiter.api.Test;

/** The printable meeting pack and the PDF agenda, in Japanese and Thai and with hostile text. */
class PrintedAgendaTest {

    static final PrintLabels LABELS = new PrintLabels(key -> "[" + key + "]",
            t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t), "ja");

    static MeetingPack pack(String title, String itemTitle) {
        Meeting m = IcsTest.meeting(title, "会議室 3");
        AgendaItem item = new AgendaItem(1, m.id(), 0, itemTitle, 30, "佐藤 由紀", AgendaPurpose.DECISION,
                new AgendaLink(AgendaLinkKind.SECTION, 7), "2 目標", null, 0);
        AgendaItem thai = new AgendaItem(2, m.id(), 1, "ยุทธศาสตร์ยานยนต์ไฟฟ้า", 20, null, AgendaPurpose.DISCUSSION,
                null, null, null, 0);
        return new MeetingPack(new Agenda(m, List.of(item, thai)),
                List.of(new MeetingPack.Document(1, "2 目標", "**2031年**までに30%。<script>alert(1)</script>")));
    }

    /** The body of the page, its structural elements counted as plain containers. */
    static void assertInert(String page) {
        HostileStrings.assertInert(page.replaceFirst("(?s)^.*<body>", "")
                .replaceAll("<(/?)(header|main|section|tfoot)\\b", "<$1div"));
    }

    @Test
    void a_japanese_and_thai_agenda_becomes_a_pdf_whose_text_reads_back_as_written() {
        byte[] pdf = AgendaPdf.render(pack("第3回 製造業競争力強化小委員会", "目標の見直し"), LABELS);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(PdfReading.text(pdf)).contains("第3回 製造業競争力強化小委員会", "[meeting.place]: 会議室 3",
                "目標の見直し", "ยุทธศาสตร์ยานยนต์ไฟฟ้า", "佐藤 由紀", "[meeting.agenda-total]50");
        assertThat(PdfReading.glyphs(pdf)).noneMatch(g -> g.code() == 0);
    }

    @Test
    void the_agenda_pdf_uses_only_the_fonts_the_app_carries_all_embedded() throws Exception {
        byte[] pdf = AgendaPdf.render(pack("ประชุมครั้งที่ 3", "議事次第"), LABELS);

        try (PDDocument doc = PdfReading.open(pdf)) {
            for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).containsAnyOf("Sarabun", "NotoSans", "NotoSansJP");
            }
        }
    }

    @Test
    void the_meeting_pack_pdf_holds_the_agenda_and_then_the_linked_section_text() {
        byte[] pdf = AgendaPdf.renderPack(pack("第3回 製造業競争力強化小委員会", "目標の見直し"), LABELS);

        List<PdfReading.Line> lines = PdfReading.lines(pdf);
        assertThat(lines).filteredOn(l -> l.page() == 1).extracting(PdfReading.Line::text)
                .contains("第3回 製造業競争力強化小委員会").doesNotContain("2 目標");
        assertThat(lines).filteredOn(l -> l.page() == 2).extracting(PdfReading.Line::text)
                .contains("2 目標", "2031年までに30%。<script>alert(1)</script>");
    }

    @Test
    void the_printable_pack_escapes_every_text_and_sanitizes_section_texts() {
        String html = PackHtml.render(pack("<b onmouseover=alert(1)>Plenary</b>", "<img src=x onerror=alert(1)>"),
                LABELS);
        assertThat(html).contains("&lt;b onmouseover=alert(1)&gt;Plenary&lt;/b&gt;", "<strong>2031年</strong>")
                .doesNotContain("<script>");
        assertInert(html);
    }

    @Test
    void hostile_strings_are_inert_in_the_pack_and_never_break_the_pdf() {
        List<String> all = HostileStrings.all();
        for (int i = 0; i < all.size(); i++) {
            String s = all.get(i);
            MeetingPack pack = pack(s, s);
            assertInert(PackHtml.render(pack, LABELS));
            if (i % 20 == 0) {
                // Typed text is drawn as text, never interpreted: it reads back exactly.
                assertThat(PdfReading.text(AgendaPdf.render(pack, LABELS))).contains(s);
            }
        }
    }
}
