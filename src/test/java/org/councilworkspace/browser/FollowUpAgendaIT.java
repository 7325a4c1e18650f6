package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The chair's follow-up agenda: on the demo council's coming monthly implementation review, the chair keeps the
 * laboratory budget that every meeting has carried over and drops the overdue report, and then follows the action
 * item's trail back to the meeting that recorded it. The chair uses the app in Thai, so the test finds its way by
 * the page's structure and the data's own (English) titles.
 */
class FollowUpAgendaIT extends BrowserTest {

    private static final String LAB = "Ask the Budget Bureau when the test laboratory's funds are released";

    @Test
    void the_chair_keeps_a_carried_over_action_drops_the_overdue_report_and_reads_the_actions_trail() {
        loginPage(page).open().signIn("somchai", LoginPage.DEMO_PASSWORD);
        page.navigate(url("councils/1/meetings/series"));
        Locator made = page.locator(".cw-series-meetings li a");
        // The first visit of a route may take long when the test JVM has just started on a busy machine.
        made.first().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(made).hasCount(4);
        // Newest first: the coming meeting, whose follow-ups are still proposed.
        page.navigate(url(made.first().getAttribute("href")));
        Locator items = page.locator("#agenda-items li.cw-agenda-item");
        // The first visit of the meeting route may take long when the test JVM has just started on a busy machine.
        try {
            page.waitForSelector("#agenda-items .cw-keep-follow-up",
                    new Page.WaitForSelectorOptions().setTimeout(60_000));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            screenshot(page, "follow-up-agenda-not-shown");
            throw e;
        }
        assertThat(page.locator("#agenda-items .cw-keep-follow-up")).hasCount(4);
        assertThat(page.locator("#publish-agenda")).isDisabled();

        Locator lab = items.filter(new Locator.FilterOptions().setHasText(LAB));
        lab.locator(".cw-keep-follow-up").click();
        assertThat(lab.locator(".cw-keep-follow-up")).hasCount(0);
        items.filter(new Locator.FilterOptions().setHasText("Board of Investment")).locator(".cw-drop-follow-up")
                .click();
        assertThat(items.filter(new Locator.FilterOptions().setHasText("Board of Investment"))).hasCount(0);
        for (int left = 2; left > 0; left--) {
            page.locator("#agenda-items .cw-keep-follow-up").first().click();
            assertThat(page.locator("#agenda-items .cw-keep-follow-up")).hasCount(left - 1);
        }
        assertThat(page.locator("#publish-agenda")).isEnabled();
        screenshot(page, "follow-up-agenda");

        items.filter(new Locator.FilterOptions().setHasText(LAB)).locator(".cw-follow-up a").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/action-items/\\d+"));
        assertThat(page.locator("h1")).hasText(LAB);
        // Recorded at the first review, followed up at the second, the third and the coming one.
        assertThat(page.locator("#action-trail li")).hasCount(4);
        assertThat(page.locator("#action-trail li").nth(1)).containsText("The Budget Bureau has not answered");
    }
}
