package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.council.CouncilLanguage;
import org.councilworkspace.plan.text.DiffSegment;
import org.councilworkspace.plan.text.DiffSegment.Kind;
import org.councilworkspace.testsupport.DocxReading;
import org.junit.jupiter.api.Test;

/** The meeting pack as a Word file, read back with POI: agenda, texts up for discussion, amendments, supporters. */
class PackDocxTest {

    private static PrintLabels labels(String language, CalendarSystem calendar) {
        return PrintLabels.of(new CouncilLanguage(language, calendar), ZoneId.of("Asia/Bangkok"));
    }

    private static MeetingPack pack(String section, String before, String after, String reason) {
        MeetingPack base = PrintedAgendaTest.pack("第3回 小委員会", "目標の見直し");
        MeetingPack.AmendmentText amendment = new MeetingPack.AmendmentText(1, 42, "2 目標", "高橋 健", "OPEN",
                List.of(new DiffSegment(Kind.EQUAL, "2031 "), new DiffSegment(Kind.DELETED, before),
                        new DiffSegment(Kind.INSERTED, after)), reason, 2, 0,
                List.of(new MeetingPack.Supporter("สมชาย ใจดี", "BUSINESS", "สภาอุตสาหกรรม"),
                        new MeetingPack.Supporter("Jane Doe", "EXPERT", "")));
        return new MeetingPack(base.agenda(), List.of(new MeetingPack.Document(1, "2 目標", section)),
                List.of(amendment));
    }

    @Test
    void a_thai_pack_reads_back_with_agenda_section_text_amendment_and_supporters_by_group() throws Exception {
        byte[] docx = MeetingDocx.pack(pack("สถานที่ **ผู้ใหญ่** น้ำ\n\n- เท่านั้น", "ร้อยละ 30", "ร้อยละ 40",
                "เพื่อความชัดเจน"), labels("th", CalendarSystem.THAI_BUDDHIST));
        String text = DocxReading.text(docx);
        assertThat(text).contains("第3回 小委員会", "目標の見直し", "ยุทธศาสตร์ยานยนต์ไฟฟ้า", "สถานที่ ผู้ใหญ่ น้ำ",
                        "เท่านั้น", "ร้อยละ 30", "ร้อยละ 40", "เพื่อความชัดเจน",
                        "สมชาย ใจดี — ภาคธุรกิจ (สภาอุตสาหกรรม)", "Jane Doe — ผู้ทรงคุณวุฒิ")
                .doesNotContain("**", "Supported by", "Business");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph supporter = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("สมชาย"))
                    .findFirst().orElseThrow();
            assertThat(supporter.getNumID()).as("the supporters are a Word list").isNotNull();
            assertThat(doc.getTables()).isNotEmpty();
            assertThat(doc.getTables().get(0).getText()).contains("目標の見直し");
        }
    }

    @Test
    void a_japanese_pack_has_japanese_labels_and_the_text_as_written() {
        String text = DocxReading.text(MeetingDocx.pack(pack("議事次第と新旧対照表", "30%", "40%", "電動車の普及"),
                labels("ja", CalendarSystem.JAPANESE_ERA)));
        assertThat(text).contains("議事次第と新旧対照表", "審議する修正案", "修正案 #42 · 2 目標", "現行の文言: 2031 30%",
                "修正後の文言: 2031 40%", "賛成者:", "สมชาย ใจดี — 産業界 (สภาอุตสาหกรรม)",
                "Jane Doe — 学識経験者");
    }

    @Test
    void an_english_pack_has_english_labels() {
        String text = DocxReading.text(MeetingDocx.pack(pack("Targets & <more>", "thirty", "forty", "Ambition"),
                labels("en", CalendarSystem.GREGORIAN)));
        assertThat(text).contains("Targets & <more>", "Amendments for discussion", "Supported by:",
                "Jane Doe — Expert", "Current wording: 2031 thirty", "Proposed wording: 2031 forty");
    }
}
