package org.councilworkspace.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.CouncilLanguages;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An exported plan version speaks the council's language and counts years in its calendar. */
@ServiceTest
class PlanExportLanguageTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;
    @Autowired CouncilService councils;
    @Autowired MutableClock clock;

    PlanWorld w;
    Instant before;
    long versionId;

    @BeforeEach
    void setUp() {
        before = clock.instant();
        // 1 March 2027, 09:00 in Bangkok.
        clock.set(Instant.parse("2027-03-01T02:00:00Z"));
        w = planFixtures.world();
        long section = planFixtures.section(w, null, "สถานที่ <b>ตั้ง</b>");
        planFixtures.write(w.lead(), section, "ผู้ใหญ่ <script>alert(1)</script> น้ำ");
    }

    @AfterEach
    void restore() {
        AsUser.signOut();
        clock.set(before);
    }

    @Test
    void a_thai_council_exports_in_thai_with_buddhist_era_dates_and_escapes_what_people_typed() {
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "th", CalendarSystem.THAI_BUDDHIST);
        freeze();
        String html = AsUser.call(w.member(), () -> versions.exportHtml(versionId, BANGKOK));
        assertThat(html).contains("<html lang=\"th\">", "<h2>สารบัญ</h2>", "พ.ศ. 2570–2574 · v0.1 for the plenary (0.1) กำหนดฉบับเมื่อ 1 มีนาคม พ.ศ. 2570",
                        "สอดคล้องกับ: National plan", "สถานที่ &lt;b&gt;ตั้ง&lt;/b&gt;")
                .doesNotContain("<script>", "Contents", "2027");
        String markdown = AsUser.call(w.member(), () -> versions.exportMarkdown(versionId, BANGKOK));
        assertThat(markdown).contains("## สารบัญ", "1 มีนาคม พ.ศ. 2570", "# 1 สถานที่ <b>ตั้ง</b>");
    }

    @Test
    void a_japanese_council_exports_in_japanese_with_the_era() {
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "ja", CalendarSystem.JAPANESE_ERA);
        freeze();
        String html = AsUser.call(w.member(), () -> versions.exportHtml(versionId, BANGKOK));
        assertThat(html).contains("<html lang=\"ja\">", "<h2>目次</h2>", "令和9年～13年・v0.1 for the plenary（0.1）、令和9年3月1日固定")
                .doesNotContain("Contents");
    }

    @Test
    void a_council_left_as_it_was_exports_in_english_with_gregorian_dates() {
        freeze();
        String html = AsUser.call(w.member(), () -> versions.exportHtml(versionId, BANGKOK));
        assertThat(html).contains("<html lang=\"en\">", "<h2>Contents</h2>", "frozen on March 1, 2027")
                .doesNotContain("2570", "令和");
    }

    private void freeze() {
        versionId = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v0.1 for the plenary", null));
    }
}
