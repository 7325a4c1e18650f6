package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** An anonymous person comments on the open public round; the secretariat answers and publishes; the person reads the table. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationIT extends BrowserTest {

    private static final String ROUND = "Public comment on the Automotive Industry Master Plan (v0.2)";
    private static final String REOPENED = "The chamber of commerce asked for one more week <script>alert(1)</script>";
    private static final String COMMENT = "Please publish the charging-station map as open data every quarter.";

    @Test
    @Order(1)
    void the_public_pages_have_no_serious_accessibility_violations_and_fit_a_phone() {
        BrowserContext phone = newContext(390);
        try {
            Page p = phone.newPage();
            p.navigate(url("consult"));
            p.waitForSelector("#public-open-rounds");
            assertAccessible(p);
            p.locator("#public-open-rounds a").filter(new Locator.FilterOptions().setHasText(ROUND)).click();
            p.waitForSelector("#submission-form");
            p.waitForTimeout(300);
            assertAccessible(p);
            org.assertj.core.api.Assertions.assertThat(((Number) p.evaluate(
                    "document.documentElement.scrollWidth - window.innerWidth")).intValue()).as("form at 390 px").isLessThanOrEqualTo(0);
            p.navigate(url("consult"));
            p.locator("#public-published-rounds a").first().click();
            p.waitForSelector("#results-table");
            assertAccessible(p);
            org.assertj.core.api.Assertions.assertThat(p.locator("#results-table").innerText())
                    .contains("Extend the EV purchase subsidy until 2030 (form letter)", "Summary of 8 similar comments");
            org.assertj.core.api.Assertions.assertThat(((Number) p.evaluate(
                    "document.documentElement.scrollWidth - window.innerWidth")).intValue()).as("results at 390 px").isLessThanOrEqualTo(0);
            screenshot(p, "consultation-results-390");
        } finally {
            phone.close();
        }
    }

    private static void assertAccessible(Page p) {
        var results = new com.deque.html.axecore.playwright.AxeBuilder(p).analyze();
        java.util.List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        org.assertj.core.api.Assertions.assertThat(serious).as(p.url()).isEmpty();
    }

    @Test
    @Order(2)
    void an_anonymous_comment_is_answered_published_and_read_in_the_comment_response_table() {
        page.navigate(url("consult"));
        page.locator("#public-open-rounds a").filter(new Locator.FilterOptions().setHasText(ROUND)).click();
        page.waitForSelector("#submission-form");
        String roundId = page.url().replaceAll(".*/consultations/(\\d+).*", "$1");
        page.locator("#name").fill("Nok Prasert");
        page.locator("#organizationName").fill("Open Data Thailand");
        page.locator("#organizationType").selectOption("NGO");
        page.locator("#email").fill("nok@example.org");
        page.locator("#text").fill(COMMENT);
        page.locator("#consent").check();
        screenshot(page, "consultation-public-form");
        page.locator("#send").click();
        assertThat(page.locator("#submission-receipt")).containsText(Pattern.compile("C" + roundId + "-\\w{4}-\\w{4}"));
        screenshot(page, "consultation-receipt");

        BrowserContext secretariat = newContext(1280);
        try {
            Page p = secretariat.newPage();
            loginPage(p).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
            p.navigate(url("councils/1/consultations"));
            p.locator("#rounds a").filter(new Locator.FilterOptions().setHasText(ROUND)).click();
            // Close now asks first, naming the round; before the deadline it needs a reason.
            p.locator("#round-close").click();
            assertNamesTheRound(p);
            p.locator("#final-action-confirm").click();
            assertThat(p.locator("#final-action-reason")).hasAttribute("invalid", "");
            // The secretariat works in Thai, her language in the demo.
            assertThat(p.locator("#round-status")).hasText("เปิดรับ");
            p.locator("#final-action-reason textarea").fill("The working group meets earlier than planned.");
            screenshot(p, "consultation-close-dialog");
            p.locator("#final-action-confirm").click();
            assertThat(p.locator("#round-status")).hasText("ปิดรับแล้ว");
            assertThat(p.locator("#round-history")).containsText("The working group meets earlier than planned.");

            // Reopened with a new deadline (the dialog offers one a week ahead) and a reason, on the record.
            p.locator("#round-reopen").click();
            assertThat(p.locator("#reopen-deadline")).isVisible();
            p.locator("#final-action-reason textarea").fill(REOPENED);
            screenshot(p, "consultation-reopen-dialog");
            p.locator("#final-action-confirm").click();
            assertThat(p.locator("#round-status")).hasText("เปิดรับ");
            screenshot(p, "consultation-reopened-round");

            page.onDialog(d -> {
                throw new AssertionError("a reason ran as script: " + d.message());
            });
            page.navigate(url("consult/" + roundId));
            assertThat(page.locator("#round-history")).containsText("Reopened on");
            assertThat(page.locator("#round-history")).containsText(REOPENED);
            org.assertj.core.api.Assertions.assertThat(page.locator("#round-history script").count()).isZero();
            screenshot(page, "consultation-public-reopened");

            p.locator("#round-close").click();
            p.locator("#final-action-reason textarea").fill("Every comment is in; the working group meets tomorrow.");
            p.locator("#final-action-confirm").click();
            assertThat(p.locator("#round-status")).hasText("ปิดรับแล้ว");
            screenshot(p, "consultation-round");
            choose(p, "#filter-answered", "ไม่");
            Locator rows = p.locator("#submissions-grid vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^C" + roundId + "-")));
            // A row click opens the submission beside the grid; "save and next" goes on to the next unanswered one.
            rows.first().click();
            for (int answered = 0; answered < 3; answered++) {
                assertThat(p.locator("#submission-detail")).isVisible();
                choose(p, "#response-disposition", answered == 0 ? "รับไว้" : "รับทราบ");
                p.locator("#response-reasoning textarea").fill("Answer number " + answered + " from the secretariat.");
                p.locator("#answer-save-next").click();
                assertThat(p.locator("#round-progress")).containsText("ตอบแล้ว " + (answered + 1) + " จาก 3");
            }
            assertThat(p.locator("#round-status")).hasText("ตอบครบแล้ว");
            assertThat(p.locator("#round-progress")).containsText("ตอบแล้ว 3 จาก 3");
            p.locator("#round-publish").click();
            assertNamesTheRound(p);
            screenshot(p, "consultation-publish-dialog");
            p.locator("#final-action-confirm").click();
            assertThat(p.locator("#round-results-link")).isVisible();
        } finally {
            secretariat.close();
        }

        page.navigate(url("consult/" + roundId + "/results"));
        Locator table = page.locator("#results-table");
        assertThat(table).containsText(COMMENT);
        assertThat(table).containsText("Nok Prasert (Open Data Thailand)");
        assertThat(table).containsText("from the secretariat.");
        assertThat(table).containsText("Adopted");
        assertThat(page.locator("#round-history")).containsText("Reopened on");
        screenshot(page, "consultation-results");
    }

    /** The confirmation is open and its title (also its accessible name) names the round. */
    private static void assertNamesTheRound(Page p) {
        assertThat(p.locator("#final-action-confirm")).isVisible();
        // The overlay is what a screen reader is given: an alert dialog named by its title.
        org.assertj.core.api.Assertions.assertThat(p.locator("vaadin-dialog-overlay[role=alertdialog]")
                .getAttribute("aria-label")).contains("“" + ROUND + "”");
    }

    /** Picks an item of a Vaadin select by its label. */
    private static void choose(Page p, String select, String label) {
        p.locator(select + " vaadin-select-value-button").click();
        p.getByRole(com.microsoft.playwright.options.AriaRole.OPTION, new Page.GetByRoleOptions().setName(label)
                .setExact(true)).click();
    }
}
