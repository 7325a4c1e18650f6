package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A member proposes an amendment, another supports it, the lead drafter accepts it: the proposer is its author. */
class AmendmentsIT extends BrowserTest {

    private static final String SECTION = "Production and exports";

    @Test
    void an_amendment_is_proposed_supported_and_accepted_as_a_revision_credited_to_its_proposer() {
        // The lead drafter has the section open throughout: the amendment and its support arrive live.
        BrowserContext leadContext = newContext(1280);
        try {
            Page lead = leadContext.newPage();
            loginPage(lead).open().signIn("prasert", LoginPage.DEMO_PASSWORD);
            SectionPage.open(lead, url(""), 1, SECTION);

            loginPage(page).open().signIn("wichai", LoginPage.DEMO_PASSWORD);
            SectionPage.open(page, url(""), 1, SECTION);
            page.locator("#propose-amendment").click();
            Locator text = page.locator("#amendment-text textarea");
            String current = text.inputValue();
            text.fill(current.replace("about 1.5 million vehicles", "about 1.5 million vehicles and 2 million engines"));
            text.press("Tab");
            assertThat(page.locator("#amendment-preview ins")).containsText("engines");
            page.locator("#amendment-rationale textarea").fill("Engines are a large export of their own.");
            page.locator("#submit-amendment").click();
            Locator card = page.locator(".cw-amendment").filter(new Locator.FilterOptions().setHasText("2 million engines"));
            assertThat(card).isVisible();
            String id = card.getAttribute("id").substring("amendment-".length());
            screenshot(page, "amendment-proposed");
            new ShellPage(page).signOut();

            assertThat(lead.locator("#amendment-" + id)).containsText("2 million engines");

            loginPage(page).open().signIn("nattaya", LoginPage.DEMO_PASSWORD);
            SectionPage.open(page, url(""), 1, SECTION);
            page.locator("#support-amendment-" + id).click();
            page.locator("#opinion-reason textarea").fill("Engine plants employ many suppliers.");
            page.locator("#save-opinion").click();
            assertThat(page.locator("#amendment-" + id + " .cw-amendment-support")).containsText("1 in support");

            assertThat(lead.locator("#amendment-" + id + " .cw-amendment-support")).containsText("1 in support");
            lead.locator("#accept-amendment-" + id).click();
            lead.locator("#final-action-confirm").click();
            assertThat(lead.locator("#section-body")).containsText("2 million engines");
            assertThat(lead.locator("#current-revision")).containsText("Wichai Prasertsak");
            lead.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("History")).click();
            Locator cells = lead.locator("#history-grid vaadin-grid-cell-content");
            assertThat(cells.filter(new Locator.FilterOptions().setHasText("Wichai Prasertsak")).first()).isVisible();
            assertThat(cells.filter(new Locator.FilterOptions().setHasText("Amendment " + id + ", accepted by"))
                    .first()).isVisible();
            screenshot(lead, "amendment-accepted-history");

            lead.navigate(url("plans/1/amendments/" + id));
            assertThat(lead.locator("#amendment-opinions")).containsText("Engine plants employ many suppliers.");
            assertThat(lead.locator("#amendment-decision")).containsText("Dr. Prasert Duangdee");
            assertThat(lead.locator("#amendment-record")).containsText("Accepted");
            screenshot(lead, "amendment-page");

            lead.navigate(url("plans/1/amendments"));
            assertThat(lead.locator("#amendments-grid")).containsText("Conflicts with the current text");
            screenshot(lead, "amendments-list");
        } finally {
            leadContext.close();
        }
    }

    @Test
    void the_amendment_pages_have_no_serious_accessibility_violations_and_fit_a_phone() {
        loginPage(page).open().signIn("nattaya", LoginPage.DEMO_PASSWORD);
        SectionPage.open(page, url(""), 1, "Supply chain and local content");
        assertThat(page.locator(".cw-amendment").first()).isVisible();
        assertThat(page.locator("#section-amendments")).containsText("Conflicts with the current text");
        assertNoSeriousViolations(page);
        screenshot(page, "amendments-on-section");
        page.locator("#propose-amendment").click();
        assertThat(page.locator("#amendment-text textarea")).isVisible();
        assertNoSeriousViolations(page);
        screenshot(page, "amendment-editor");
        page.keyboard().press("Escape");
        page.navigate(url("plans/1/amendments?state=OPEN"));
        assertThat(page.locator("#amendments-grid")).containsText("Supply chain and local content");
        assertNoSeriousViolations(page);
        page.locator("#amendments-grid a[id^='open-amendment-']").first().click();
        assertThat(page.locator("#amendment-record")).isVisible();
        assertNoSeriousViolations(page);

        BrowserContext phone = newContext(390);
        try {
            Page p = phone.newPage();
            loginPage(p).open().signIn("nattaya", LoginPage.DEMO_PASSWORD);
            SectionPage.open(p, url(""), 1, "Supply chain and local content");
            assertThat(p.locator(".cw-amendment").first()).isVisible();
            org.assertj.core.api.Assertions.assertThat(((Number) p.evaluate(
                    "document.documentElement.scrollWidth - window.innerWidth")).intValue()).isLessThanOrEqualTo(0);
            screenshot(p, "amendments-on-section-390");
        } finally {
            phone.close();
        }
    }

    private static void assertNoSeriousViolations(Page p) {
        p.waitForTimeout(300);
        List<String> serious = new AxeBuilder(p).analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        org.assertj.core.api.Assertions.assertThat(serious).as(p.url()).isEmpty();
    }
}
