package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The public portal read as the public reads it, with JavaScript off (and once on): a published plan, the comparison
 * of two versions, a comment and its receipt, the results; axe finds nothing serious on its pages in three languages.
 */
class PortalIT extends BrowserTest {

    /** The demo round of the manufacturing subcommittee, which no other browser test closes. */
    private static final String POLICY_ROUND = "Public comment on the draft basic policy";
    /** The demo's closed round of the automotive plan, whose results the demo publishes. */
    private static final String RESULTS_ROUND = "Master Plan (v0.1)";


    @Test
    void without_javascript_a_reader_reads_a_plan_compares_versions_comments_and_reads_the_results() {
        BrowserContext noScript = newContext(1280, false);
        try {
            PortalPage portal = new PortalPage(noScript.newPage(), url(""));
            Page p = portal.page();
            portal.open("en").follow("councils", "Automotive Industry Master Plan Council");
            assertThat(p.locator("#members")).containsText("Pranee Chaiyaporn");
            portal.follow("plans", "Automotive");
            assertThat(p.locator("#plan-text")).isVisible();
            assertThat(p.locator("#outline a").first()).hasAttribute("href", Pattern.compile("^#s\\d+$"));
            // The demo's versions were frozen after its register was drawn up: they carry its measures.
            assertThat(p.locator("#frozen-measures")).containsText("Investment privileges for EV assembly");
            assertThat(p.locator("#frozen-measures")).containsText("Status when this version was frozen: Delayed");
            assertThat(p.locator("#frozen-measures table").first()).containsText("Targets");
            screenshot(p, "portal-plan-version");
            p.locator("#compare-previous").click();
            assertThat(p.locator("main")).containsText("Changes from");
            assertThat(p.locator("main ins, main del").first()).isVisible();
            screenshot(p, "portal-compare");

            portal.open("en").follow("open-rounds", POLICY_ROUND);
            assertThat(p.locator("#submission-form")).isVisible();
            portal.comment("", "NGO", "not-an-address", "", false);
            assertThat(p.locator("#error-name")).isVisible();
            assertThat(p.locator("#error-email")).isVisible();
            assertThat(p.locator("#error-text")).isVisible();
            screenshot(p, "portal-form-errors");
            portal.comment("Nok Prasert", "NGO", "nok@example.org", "<b>Open data</b> for the charging map, please.", true);
            assertThat(p.locator("#receipt-number")).hasText(Pattern.compile("C\\d+-\\w{4}-\\w{4}"));
            assertThat(p.locator("#copy-text")).hasText("<b>Open data</b> for the charging map, please.");
            screenshot(p, "portal-receipt");

            portal.open("en");
            p.navigate(url("public/en/consultations"));
            portal.follow("public-published-rounds", RESULTS_ROUND);
            assertThat(p.locator("#results-table")).containsText("Summary of 8 similar comments");
            assertThat(p.locator("#results-csv")).isVisible();
            screenshot(p, "portal-results");
            org.assertj.core.api.Assertions.assertThat(noScript.cookies()).as("no cookie on the way").isEmpty();
        } finally {
            noScript.close();
        }
    }

    @Test
    void with_javascript_on_the_same_pages_work_and_the_sign_in_page_links_to_the_portal() {
        page.navigate(url("login"));
        page.locator("#login-portal").click();
        page.waitForURL(Pattern.compile(".*/public/(en|ja|th)$"));
        PortalPage portal = new PortalPage(page, url(""));
        portal.follow("latest-versions", "");
        assertThat(page.locator("#plan-text")).isVisible();
        page.locator("#versions a").first().click();
        assertThat(page.locator("h1")).isVisible();
    }

    @Test
    void portal_pages_have_no_serious_accessibility_violations_in_english_japanese_and_thai() {
        for (String lang : List.of("en", "ja", "th")) {
            PortalPage portal = new PortalPage(page, url("")).open(lang);
            assertAccessible(page);
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            portal.follow("councils", "");
            assertAccessible(page);
            portal.follow("plans", "");
            assertAccessible(page);
            page.navigate(url("public/" + lang + "/consultations"));
            assertAccessible(page);
            portal.follow("public-open-rounds", POLICY_ROUND);
            assertAccessible(page);
            page.navigate(url("public/" + lang + "/consultations"));
            portal.follow("public-published-rounds", "");
            assertAccessible(page);
            page.navigate(url("public/" + lang + "/meetings"));
            assertAccessible(page);
            portal.follow("past-meetings", "");
            assertAccessible(page);
            if (lang.equals("ja")) {
                screenshot(page, "portal-meeting-ja");
            }
        }
        new PortalPage(page, url("")).open("th");
        screenshot(page, "portal-home-th");
    }

    private static void assertAccessible(Page p) {
        var results = new AxeBuilder(p).analyze();
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        org.assertj.core.api.Assertions.assertThat(serious).as(p.url()).isEmpty();
    }
}
