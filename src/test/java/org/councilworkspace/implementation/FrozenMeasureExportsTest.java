package org.councilworkspace.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.document.DocumentLocale;
import org.councilworkspace.document.PdfRenderer;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanExports;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.CouncilLanguages;
import org.councilworkspace.testsupport.DocxReading;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PdfReading;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.ServiceTest;
import org.councilworkspace.wordexport.DocxRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The exports of a version that list the plan's content (Markdown, HTML, PDF, Word) carry its measures as frozen;
 * each file is read back to its text, as a reader's program would open it.
 */
@ServiceTest
class FrozenMeasureExportsTest {

    private static final DocumentLocale ENGLISH = new DocumentLocale(Locale.ENGLISH, ZoneOffset.UTC);

    @Autowired Fixtures fixtures;
    @Autowired PlanFixtures plans;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired ImplementationService register;
    @Autowired VersionService versions;
    @Autowired PlanExports exports;
    @Autowired MutableClock clock;

    RegisterWorld w;
    long version;

    @BeforeEach
    void frozenThenEdited() {
        w = new RegisterWorld(fixtures, plans, councils, outline, register, clock);
        version = AsUser.call(w.plan.secretariat(), () -> versions.freeze(w.plan.planId(), false, "v0.1", null));
        Measure m = AsUser.call(w.plan.secretariat(), () -> register.measure(w.measureId)).measure();
        AsUser.run(w.plan.secretariat(), () -> register.updateMeasure(w.measureId, new NewMeasure(w.sectionId,
                "Renamed after the version", m.description(), w.ministry, java.util.Set.of(), m.startsOn(), m.endsOn(),
                List.of(), List.of()), m.version()));
    }

    @AfterEach
    void signOut() {
        AsUser.signOut();
    }

    /** Line breaks of the page layout fall anywhere; the words are compared without the spaces between them. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private void carriesTheFrozenMeasure(String text) {
        assertThat(squeezed(text)).contains(squeezed("Measures frozen with this version"),
                squeezed("EV production incentives"), squeezed("Lead agency: Ministry of Industry"),
                squeezed("Co-agencies: Battery Association"), squeezed("Milestone: Incentive scheme in force"),
                squeezed("Planned budget for " + w.year + ": 1,200,000.00 THB"),
                squeezed("KPI: EV share of production (%)"))
                .doesNotContain(squeezed("Renamed after the version"));
    }

    @Test
    void the_markdown_and_html_of_a_version_list_its_measures_as_frozen_under_their_section() {
        String markdown = AsUser.call(w.plan.observer(), () -> versions.exportMarkdown(version));
        String html = AsUser.call(w.plan.observer(), () -> versions.exportHtml(version));

        carriesTheFrozenMeasure(markdown);
        assertThat(markdown).contains("- **EV production incentives**\n  - Tax credits for EV assembly lines.\n");
        assertThat(markdown.indexOf("EV production incentives")).isGreaterThan(markdown.indexOf("Electric vehicles"));
        var page = Jsoup.parse(html);
        carriesTheFrozenMeasure(page.text());
        assertThat(page.select("#s" + w.sectionId + " .frozen-items strong").text())
                .isEqualTo("EV production incentives");
    }

    @Test
    void the_pdf_and_word_files_of_a_version_list_its_measures_as_frozen() {
        byte[] pdf = AsUser.call(w.plan.member(), () -> exports.versionPdf(version, ENGLISH,
                PdfRenderer.Options.plain()));
        byte[] docx = DocxRenderer.render(AsUser.call(w.plan.member(), () -> exports.version(version, ENGLISH)));

        carriesTheFrozenMeasure(PdfReading.text(pdf));
        carriesTheFrozenMeasure(DocxReading.text(docx));
    }

    @Test
    void the_comparison_table_of_two_versions_lists_the_changed_measure_with_its_old_and_new_lines() {
        long later = AsUser.call(w.plan.secretariat(), () -> versions.freeze(w.plan.planId(), false, "v0.2", null));

        String text = DocxReading.text(DocxRenderer.render(AsUser.call(w.plan.observer(),
                () -> exports.comparison(version, later, ZoneOffset.UTC))));

        assertThat(text).contains("Measures added, removed or changed", "Changed: Renamed after the version",
                "− EV production incentives", "+ Renamed after the version", "− Co-agencies: Battery Association",
                "− Milestone: Incentive scheme in force");
    }

    @Test
    void a_thai_councils_version_writes_its_measures_in_thai_with_buddhist_era_years() {
        CouncilLanguages.set(councils, w.plan.secretariat(), w.plan.councilId(), "th", CalendarSystem.THAI_BUDDHIST);

        String markdown = AsUser.call(w.plan.observer(), () -> versions.exportMarkdown(version));

        int year = w.year + 543;
        assertThat(markdown).contains("**มาตรการที่กำหนดไว้พร้อมฉบับนี้**", "  - หน่วยงานหลัก: Ministry of Industry\n",
                "  - งบประมาณตามแผน พ.ศ. " + year + ": 1,200,000.00 THB\n",
                "ค่าฐาน 10 ใน พ.ศ. " + (year - 2) + " · ค่าเป้าหมาย พ.ศ. " + (year + 3) + ": 30 · ควรเพิ่มขึ้น")
                .doesNotContain(year + "–" + year);
    }
}
