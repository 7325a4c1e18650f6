package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Deliberating in real browsers: a comment on selected words reaches another member live, with a mention. */
class DeliberationIT extends BrowserTest {

    private static final long AUTOMOTIVE_PLAN = 1;
    private static final String SECTION = "Supply-chain localization";

    @Test
    void a_member_comments_on_selected_text_and_the_lead_sees_it_live_replies_and_is_notified() {
        BrowserContext other = newContext(1400);
        try {
            Page lead = other.newPage();
            loginPage(lead).open().signIn("wichai", LoginPage.DEMO_PASSWORD);
            SectionPage.open(lead, url(""), AUTOMOTIVE_PLAN, SECTION);
            CommentsPage leadComments = new CommentsPage(lead);
            String bellBefore = lead.locator("#notification-count").textContent();

            page.setViewportSize(1400, 900);
            loginPage(page).open().signIn("supaporn", LoginPage.DEMO_PASSWORD);
            SectionPage.open(page, url(""), AUTOMOTIVE_PLAN, SECTION);
            CommentsPage comments = new CommentsPage(page);
            comments.select("co-investment in tooling").commentOnSelection("Who pays for the tooling? @wich");
            comments.pickMention();
            assertThat(page.locator("#thread-body textarea")).hasValue("Who pays for the tooling? @wichai ");
            comments.post();
            assertThat(comments.thread("Who pays for the tooling?")).containsText("co-investment in tooling");
            assertThat(comments.marks().first()).hasText("co-investment in tooling");

            // The lead's open page shows the thread and the marked passage without a reload, and the bell counts up.
            assertThat(leadComments.thread("Who pays for the tooling?")).isVisible();
            assertThat(leadComments.marks().first()).hasText("co-investment in tooling");
            assertThat(lead.locator("#notification-count")).not().hasText(bellBefore == null ? "" : bellBefore);
            screenshot(lead, "comment-arrives-live");

            leadComments.reply("Who pays for the tooling?", "The conversion fund pays half; the assembler the rest.");
            assertThat(comments.thread("Who pays for the tooling?")).containsText("The conversion fund pays half");

            // A click on the marked passage opens its thread.
            comments.marks().first().click();
            assertThat(page.locator("vaadin-dialog-overlay .cw-thread")).containsText("The conversion fund pays half");
            screenshot(page, "comment-thread-dialog");
        } finally {
            other.close();
        }
    }
    @Test
    void a_passage_that_already_has_a_thread_can_be_selected_again_for_a_second_thread() {
        page.setViewportSize(1400, 900);
        loginPage(page).open().signIn("supaporn", LoginPage.DEMO_PASSWORD);
        SectionPage.open(page, url(""), AUTOMOTIVE_PLAN, "Standards and testing");
        CommentsPage comments = new CommentsPage(page);
        String passage = comments.firstWords(4);
        comments.select(passage).commentOnSelection("First thread on this passage.");
        comments.post();
        Locator mark = comments.marks().filter(new Locator.FilterOptions().setHasText(passage)).first();
        assertThat(mark).isVisible();

        // A double click selects a word inside the marked passage, as anywhere else, and opens nothing.
        mark.dblclick();
        page.waitForTimeout(600);
        assertThat(page.locator("vaadin-dialog-overlay .cw-thread")).hasCount(0);
        String word = (String) page.evaluate("window.getSelection().toString().trim()");
        org.assertj.core.api.Assertions.assertThat(passage).contains(word);
        comments.commentOnSelection("A second thread on the same words.");
        comments.post();
        assertThat(comments.thread("A second thread on the same words.")).containsText(word);

        // A plain click on the passage still opens its threads, now both of them.
        comments.marks().filter(new Locator.FilterOptions().setHasText(word)).first().click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        assertThat(dialog).containsText("A second thread on the same words.");
        page.keyboard().press("Escape");
    }
}
