package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The demo's automotive council writes Thai and counts the Buddhist Era: its secretariat sees the setting, the
 * council's dates in พ.ศ., and downloads the round's spreadsheet for people and for data tools.
 */
class LocalizedExportsIT extends BrowserTest {

    private static final String PUBLISHED_ROUND = "Public comment on the draft Automotive Industry Master Plan (v0.1)";

    @Test
    void the_secretariat_of_a_thai_council_sees_buddhist_era_dates_and_downloads_both_spreadsheets() throws Exception {
        loginPage(page).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
        page.navigate(url("councils/1"));
        assertThat(page.locator(".cw-council-details")).containsText("พุทธศักราช (พ.ศ. 2570)");
        assertThat(page.locator(".cw-council-details")).containsText("ไทย");
        page.locator("#edit-council").click();
        assertThat(page.locator("#council-form-calendar")).containsText("พุทธศักราช (พ.ศ. 2570)");
        assertThat(page.locator("#council-form-language")).containsText("ไทย");
        screenshot(page, "council-settings-language-and-calendar");
        page.keyboard().press("Escape");

        page.navigate(url("councils/1/meetings"));
        assertThat(page.locator("vaadin-grid").first()).containsText("พ.ศ. 25");
        page.locator("vaadin-grid a").first().click();
        assertThat(page.locator("#meeting-details")).containsText("พ.ศ. 25");

        page.navigate(url("councils/1/consultations"));
        assertThat(page.locator("#rounds")).containsText("พ.ศ. 25");
        page.locator("#rounds a").filter(new Locator.FilterOptions().setHasText(PUBLISHED_ROUND)).click();
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("ส่งออกและสถิติ")).click();
        assertThat(page.locator("#export-data-csv")).isVisible();
        screenshot(page, "consultation-exports-for-people-and-data-tools");

        Download people = page.waitForDownload(() -> page.locator("#export-csv").click());
        String forPeople = Files.readString(people.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(forPeople)
                .startsWith("\uFEFF\"เลขที่รับ\",\"วันที่รับ\",\"ชื่อ\"")
                .contains("พ.ศ. 25").doesNotContain("\"VISIBLE\"");
        Download data = page.waitForDownload(() -> page.locator("#export-data-csv").click());
        String forData = Files.readString(data.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(forData).startsWith("\uFEFF\"receipt\",\"received\",\"name\"")
                .contains("\"VISIBLE\"").containsPattern("\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z\"");
    }
}
