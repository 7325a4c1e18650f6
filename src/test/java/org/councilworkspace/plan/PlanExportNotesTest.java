package org.councilworkspace.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.CouncilLanguages;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The HTML and Markdown exports of a version carry each section's footnotes as footnotes, none colliding. */
@ServiceTest
class PlanExportNotesTest {

    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;
    @Autowired CouncilService councils;

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    @Test
    void two_sections_citing_note_1_get_notes_of_their_own_in_html_and_in_markdown() {
        PlanWorld w = planFixtures.world();
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "th", CalendarSystem.THAI_BUDDHIST);
        long first = planFixtures.section(w, null, "สถานที่");
        planFixtures.write(w.lead(), first, "ผู้ใหญ่[^1] ประชุม\n\n[^1]: ตามมติ <b>ที่ประชุม</b>");
        long second = planFixtures.section(w, null, "น้ำ");
        planFixtures.write(w.lead(), second, "น้ำ[^1]\n\n[^1]: เท่านั้น");
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v1", null));

        Document html = Jsoup.parse(AsUser.call(w.member(), () -> versions.exportHtml(version)));
        assertThat(html.select("#s" + first + " sup a").attr("href")).isEqualTo("#s" + first + "-note-1");
        assertThat(html.select("#s" + second + " sup a").attr("href")).isEqualTo("#s" + second + "-note-1");
        assertThat(html.select("#s" + first + " section.notes li").text()).contains("ตามมติ <b>ที่ประชุม</b>");
        assertThat(html.select("#s" + first + " section.notes").attr("aria-label")).isEqualTo("เชิงอรรถ");
        assertThat(html.select("#s" + second + " section.notes li").text()).contains("เท่านั้น");
        assertThat(html.select("b")).isEmpty();
        assertThat(html.select("[id]").eachAttr("id")).doesNotHaveDuplicates();

        String markdown = AsUser.call(w.member(), () -> versions.exportMarkdown(version));
        assertThat(markdown).contains("ผู้ใหญ่[^1] ประชุม", "[^1]: ตามมติ <b>ที่ประชุม</b>", "น้ำ[^2]", "[^2]: เท่านั้น")
                .doesNotContain("น้ำ[^1]");
    }
}
