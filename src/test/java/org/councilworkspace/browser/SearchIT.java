package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A member searches in Thai, narrows the hits to sections, and opens one at the passage, marked; a reader without
 * JavaScript searches the public portal in Japanese and finds the published minutes.
 */
class SearchIT extends BrowserTest {

    private static final String THAI = "ยานยนต์ไฟฟ้า";

    @Test
    void a_member_searches_in_thai_filters_to_sections_and_opens_a_hit_at_its_passage() {
        loginPage(page).open().signIn("wichai", LoginPage.DEMO_PASSWORD);
        Locator hits = page.locator("#search-results .cw-search-hit");
        // The demo data is indexed in the background as the app starts: search again until it is there.
        for (int attempt = 0; attempt < 30 && hits.count() == 0; attempt++) {
            page.navigate(url("search"));
            page.locator("#search-query input").fill(THAI);
            page.locator("#search-query input").press("Enter");
            assertThat(page.locator("#search-notice")).not().isEmpty();
        }
        assertThat(hits.first()).isVisible();
        assertThat(page.locator("#search-results mark.cw-search-match").first()).hasText(THAI);

        page.locator("#search-kind vaadin-select-value-button").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Section").setExact(true)).click();
        page.locator("#search-submit").click();
        page.waitForURL("**kind=SECTION**");
        assertThat(hits.first()).isVisible();
        assertThat(page.locator("#search-results .cw-search-hit [theme~=badge]").filter(new Locator.FilterOptions()
                .setHasNotText("Section"))).hasCount(0);
        screenshot(page, "search-results");

        Locator summary = page.locator("#search-results a.cw-search-hit-link")
                .filter(new Locator.FilterOptions().setHasText("บทสรุปผู้บริหาร"));
        summary.click();
        page.waitForURL("**/sections/**highlight=**");
        assertThat(page.locator("#section-title")).containsText("บทสรุปผู้บริหาร");
        Locator marked = page.locator("#section-body mark.cw-search-match");
        assertThat(marked.first()).hasText(THAI);
        assertThat(marked.first()).isInViewport();
        screenshot(page, "search-opened-section");
    }

    @Test
    void a_reader_without_javascript_searches_the_portal_in_japanese() {
        BrowserContext noScript = newContext(1024, false);
        try {
            Page reader = noScript.newPage();
            String address = url("public/ja/search?q=" + URLEncoder.encode("調達先", StandardCharsets.UTF_8));
            Locator hit = reader.locator(".search-hit a");
            for (int attempt = 0; attempt < 30 && hit.count() == 0; attempt++) {
                reader.navigate(address);
            }
            assertThat(hit.first()).isVisible();
            assertThat(reader.locator(".search-hit mark").first()).hasText("調達先");
            hit.first().click();
            assertThat(reader.locator("h1")).containsText("製造業競争力強化小委員会");
            reader.navigate(url("public/ja/search"));
            reader.locator("#q").fill("未公開の語句ではありません");
            reader.locator("#portal-search-form button").click();
            assertThat(reader.locator("#portal-search-notice")).isVisible();
        } finally {
            noScript.close();
        }
    }
}
