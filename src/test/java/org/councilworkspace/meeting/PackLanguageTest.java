package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.council.CouncilLanguage;
import org.junit.jupiter.api.Test;

/** The printable meeting pack is the council's document: its language, its calendar, the reader's zone. */
class PackLanguageTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    @Test
    void a_thai_council_prints_its_pack_in_thai_with_buddhist_era_times() {
        String html = PackHtml.render(PrintedAgendaTest.pack("การประชุมใหญ่ <i>ครั้งที่ 3</i>", "ผู้ใหญ่"),
                PrintLabels.of(new CouncilLanguage("th", CalendarSystem.THAI_BUDDHIST), BANGKOK));
        assertThat(html).contains("<html lang=\"th\">", "<h2>ระเบียบวาระการประชุม</h2>", "5 มี.ค. พ.ศ. 2570 09:30",
                        "การประชุมใหญ่ &lt;i&gt;ครั้งที่ 3&lt;/i&gt;")
                .doesNotContain("Agenda", "2027");
    }

    @Test
    void a_japanese_council_prints_its_pack_in_japanese_with_the_era() {
        String html = PackHtml.render(PrintedAgendaTest.pack("第3回 小委員会", "目標"),
                PrintLabels.of(new CouncilLanguage("ja", CalendarSystem.JAPANESE_ERA), ZoneId.of("Asia/Tokyo")));
        assertThat(html).contains("<html lang=\"ja\">", "令和9年3月5日 11:30", "議事次第").doesNotContain("Agenda");
    }

    @Test
    void an_english_gregorian_council_prints_english_labels_and_2027() {
        String html = PackHtml.render(PrintedAgendaTest.pack("Plenary", "Targets"),
                PrintLabels.of(new CouncilLanguage("en", CalendarSystem.GREGORIAN), BANGKOK));
        assertThat(html).contains("<html lang=\"en\">", "<h2>Agenda</h2>", "Mar 5, 2027, 9:30");
    }
}
