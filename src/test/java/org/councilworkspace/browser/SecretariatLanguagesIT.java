package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secretariat's day walked in Thai (the automotive institute's secretariat) and Japanese (the manufacturing
 * subcommittee's): every screen it works on opens, with a screenshot each in target/screenshots, and the audit log
 * and the meeting papers read in the person's language.
 */
class SecretariatLanguagesIT extends BrowserTest {

    private static final java.util.Locale THAI = java.util.Locale.forLanguageTag("th");

    @Autowired JdbcTemplate jdbc;

    @Test
    void the_thai_secretariat_reads_its_screens_the_audit_log_and_the_agenda_papers_in_thai() {
        loginPage(page).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
        long council = councilNamed("Automotive Industry Master Plan Council");
        walk("walk-th", council);

        filterAuditLog(council, "AGENDA_PUBLISHED");
        assertThat(page.locator("#audit-grid")).containsText(Messages.get("audit.action.AGENDA_PUBLISHED", THAI));
        screenshot(page, "walk-th-audit-filtered");
        Axe.assertNoSeriousViolations(page, "the audit log in Thai, filtered");
        assertThat(page.locator("#audit-grid")).containsText("พ.ศ.");

        page.navigate(url("meetings/" + meetingTitled("2nd plenary")));
        assertThat(page.locator("body")).containsText("Draft chapter");
        assertThat(page.locator("body")).containsText("Briefing note: report of the 1st working group");
        screenshot(page, "walk-th-meeting-papers");
    }

    @Test
    void the_demo_agenda_items_carry_small_pdf_and_word_papers() {
        List<java.util.Map<String, Object>> papers = jdbc.queryForList("select d.media_type, d.size_bytes from "
                + "agenda_item_document l join meeting_document d on d.id = l.document_id");
        org.assertj.core.api.Assertions.assertThat(papers).hasSizeGreaterThanOrEqualTo(6)
                .extracting(p -> p.get("MEDIA_TYPE")).contains("application/pdf",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        org.assertj.core.api.Assertions.assertThat(papers).allSatisfy(p -> org.assertj.core.api.Assertions
                .assertThat(((Number) p.get("SIZE_BYTES")).longValue()).isBetween(1_000L, 300_000L));
    }

    @Test
    void the_japanese_secretariat_reads_its_screens_and_its_audit_log_in_japanese() {
        loginPage(page).open().signIn("sato", LoginPage.DEMO_PASSWORD);
        long council = councilNamed("Industrial Structure Council: Manufacturing Subcommittee");
        walk("walk-ja", council);

        filterAuditLog(council, "AGENDA_PUBLISHED");
        assertThat(page.locator("#audit-grid"))
                .containsText(Messages.get("audit.action.AGENDA_PUBLISHED", java.util.Locale.JAPANESE));
        assertThat(page.locator("#audit-grid")).containsText("令和");
        Axe.assertNoSeriousViolations(page, "the audit log in Japanese, filtered");
        page.navigate(url("meetings/" + meetingTitled("第5回 製造業競争力強化小委員会")));
        assertThat(page.locator("body")).containsText("資料1 GX投資の促進策について");
    }

    /** Opens each screen of the council the secretariat works on and keeps a picture of it. */
    private void walk(String prefix, long council) {
        List<String> routes = new ArrayList<>(List.of("", "councils/" + council, "councils/" + council + "/members",
                "councils/" + council + "/members/invite", "councils/" + council + "/members/import",
                "councils/" + council + "/meetings", "councils/" + council + "/meetings/templates",
                "councils/" + council + "/meetings/series", "councils/" + council + "/consultations",
                "councils/" + council + "/plans", "councils/" + council + "/audit", "action-items"));
        jdbc.queryForList("select id from meeting where council_id = ? order by starts_at", Long.class, council)
                .forEach(id -> routes.add("meetings/" + id));
        jdbc.queryForList("select id from consultation_round where council_id = ? order by id", Long.class, council)
                .forEach(id -> routes.add("consultations/" + id));
        for (String route : routes) {
            page.navigate(url(route));
            page.waitForLoadState();
            page.locator("vaadin-app-layout").waitFor();
            assertThat(page.locator("body")).not().containsText("!{");
            screenshot(page, prefix + "-" + (route.isEmpty() ? "home" : route.replace('/', '-')));
        }
    }

    /** Types an event's code into the audit log's filter and picks it, as a person looking for it would. */
    private void filterAuditLog(long council, String code) {
        page.navigate(url("councils/" + council + "/audit"));
        page.locator("#audit-filter input").fill(code);
        page.locator("vaadin-multi-select-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(code)).first().click();
        page.keyboard().press("Escape");
        assertThat(page.locator("#audit-grid")).containsText(code);
    }

    private long councilNamed(String name) {
        return jdbc.queryForObject("select min(id) from council where name = ?", Long.class, name);
    }

    private long meetingTitled(String title) {
        return jdbc.queryForObject("select min(id) from meeting where title = ?", Long.class, title);
    }
}
