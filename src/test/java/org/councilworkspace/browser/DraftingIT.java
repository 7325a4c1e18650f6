package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Drafting together in real browsers: live text and notices, conflicts shown side by side, version comparison. */
class DraftingIT extends BrowserTest {

    private static final long AUTOMOTIVE_PLAN = 1;

    @Test
    void a_lead_drafter_saves_and_another_members_open_page_is_told_at_once() {
        BrowserContext other = newContext(1280);
        try {
            Page reader = other.newPage();
            loginPage(reader).open().signIn("wichai", LoginPage.DEMO_PASSWORD);
            SectionPage readerSection = SectionPage.open(reader, url(""), AUTOMOTIVE_PLAN, "Standards and testing");

            loginPage(page).open().signIn("nattaya", LoginPage.DEMO_PASSWORD);
            SectionPage section = SectionPage.open(page, url(""), AUTOMOTIVE_PLAN, "Standards and testing");
            assertThat(reader.locator("#presence")).containsText("Nattaya");
            section.edit();
            section.type(section.text() + "\n\nThe centre opens to private laboratories in 2028.");
            section.saveConfirmingIfAsked();
            assertThat(section.body()).containsText("private laboratories in 2028");

            // The new text is there without a click, and the notice says whose it is.
            assertThat(readerSection.body()).containsText("private laboratories in 2028");
            assertThat(readerSection.notice()).containsText("The text was updated by Nattaya Rattanakorn");
            reader.locator("#show-changes").click();
            assertThat(reader.locator("vaadin-dialog-overlay ins").first()).containsText("private laboratories");
            screenshot(reader, "live-notice-changes");
        } finally {
            other.close();
        }
    }

    @Test
    void a_reloaded_page_does_not_show_its_reader_beside_himself_and_a_closed_tab_leaves_the_list_at_once() {
        BrowserContext readers = newContext(1280);
        BrowserContext drafters = newContext(1280);
        try {
            Page reader = readers.newPage();
            loginPage(reader).open().signIn("wichai", LoginPage.DEMO_PASSWORD);
            SectionPage.open(reader, url(""), AUTOMOTIVE_PLAN, "Standards and testing");
            Page drafter = drafters.newPage();
            loginPage(drafter).open().signIn("nattaya", LoginPage.DEMO_PASSWORD);
            SectionPage.open(drafter, url(""), AUTOMOTIVE_PLAN, "Standards and testing");
            assertThat(reader.locator("#presence")).containsText("Nattaya");

            drafter.reload();
            assertThat(drafter.locator("#presence")).containsText("Wichai");
            assertThat(drafter.locator("#presence")).not().containsText("Nattaya");
            assertThat(reader.locator("#presence")).containsText("Nattaya");

            // As a person closes a tab: the page's unload handlers run (Playwright skips them unless asked), and
            // Vaadin's closing beacon ends the page's UI, which takes it off the list.
            drafter.close(new Page.CloseOptions().setRunBeforeUnload(true));
            // A hidden bar keeps its last words in the page, so what counts is what a person can see.
            Locator bar = reader.locator("#presence");
            reader.waitForCondition(() -> !bar.isVisible() || !bar.innerText().contains("Nattaya"),
                    new Page.WaitForConditionOptions().setTimeout(10_000));
        } finally {
            drafters.close();
            readers.close();
        }
    }

    @Test
    void conflicting_edits_open_the_conflict_view_with_both_texts_and_nothing_is_lost() {
        BrowserContext other = newContext(1280);
        try {
            Page chair = other.newPage();
            loginPage(chair).open().signIn("somchai", LoginPage.DEMO_PASSWORD);
            SectionPage chairSection = SectionPage.open(chair, url(""), AUTOMOTIVE_PLAN, "Skills and workforce").edit();

            loginPage(page).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
            SectionPage secretariatSection = SectionPage.open(page, url(""), AUTOMOTIVE_PLAN, "Skills and workforce").edit();
            String base = secretariatSection.text();
            secretariatSection.type(base.replace("by 2031", "by the end of 2030"));
            secretariatSection.saveConfirmingIfAsked();
            page.waitForSelector("#section-body");

            chairSection.type(chairSection.text().replace("by 2031", "within the plan period"));
            chairSection.save();
            assertThat(chair.locator("#conflict-1-theirs")).containsText("by the end of 2030");
            assertThat(chair.locator("#conflict-1-mine")).containsText("within the plan period");
            // The chair reads Thai; the figures are the same in every language.
            assertThat(chair.locator("#conflict-progress")).containsText(java.util.regex.Pattern.compile("0\\D+1"));
            // Saving with a conflict left open saves nothing and says what is left.
            chair.locator("#conflict-save").click();
            assertThat(chair.locator("vaadin-notification-card").last()).containsText("1");
            assertThat(chair.locator("#conflict-1-wording textarea")).isFocused();
            // Keyboard only: "Keep both" by Enter, then the wording edited in place.
            chair.locator("#conflict-1-keep-both").focus();
            chair.keyboard().press("Enter");
            assertThat(chair.locator("#conflict-1-status")).hasAttribute("data-resolved", "true");
            assertThat(chair.locator("#conflict-progress")).containsText(java.util.regex.Pattern.compile("1\\D+1"));
            screenshot(chair, "conflict-view");
            String bothLines = chair.locator("#conflict-1-wording textarea").inputValue();
            org.assertj.core.api.Assertions.assertThat(bothLines).contains("by the end of 2030", "within the plan period");
            String line = bothLines.lines().filter(l -> l.contains("by the end of 2030")).findFirst().orElseThrow();
            Locator wording = chair.locator("#conflict-1-wording textarea");
            wording.fill(line.replace("by the end of 2030", "by the end of 2030, within the plan period"));
            chair.locator("#conflict-save").click();
            assertThat(chairSection.body()).containsText("by the end of 2030, within the plan period");
        } finally {
            other.close();
        }
    }

    @Test
    void a_long_thai_text_is_saved_whole_through_the_push_connection() {
        loginPage(page).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
        SectionPage section = SectionPage.open(page, url(""), AUTOMOTIVE_PLAN, "Actions 2029–2031").edit();
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 20_000; i++) {
            text.append("ย่อหน้าที่ ").append(i).append(" ส่งเสริมการผลิตแบตเตอรี่และชิ้นส่วนยานยนต์ไฟฟ้าในประเทศ 製造業の競争力\n\n");
        }
        String expected = text.toString().strip();
        section.type(expected);
        section.save();
        assertThat(section.body()).containsText("ย่อหน้าที่ 0 ");
        page.navigate(url("plans/" + AUTOMOTIVE_PLAN));
        SectionPage reopened = SectionPage.open(page, url(""), AUTOMOTIVE_PLAN, "Actions 2029–2031").edit();
        org.assertj.core.api.Assertions.assertThat(reopened.text()).isEqualTo(expected);
    }

    @Test
    void comparing_two_versions_shows_inserted_words_also_in_thai() {
        loginPage(page).open().signIn("malee", LoginPage.DEMO_PASSWORD);
        page.navigate(url("plans/" + AUTOMOTIVE_PLAN + "/versions"));
        page.locator("#compare-versions").click();
        page.waitForSelector("#version-changes");
        Locator changes = page.locator("#version-changes");
        assertThat(changes).containsText("Skills and workforce");
        assertThat(changes.locator("ins").filter(new Locator.FilterOptions().setHasText("women")).first()).isVisible();
        Locator thai = changes.locator("vaadin-details").filter(new Locator.FilterOptions().setHasText("บทสรุปผู้บริหาร"));
        assertThat(thai.locator("ins").first()).containsText("วิศวกร");
        assertThat(thai.locator("ins").first()).not().containsText("พัฒนาทักษะแรงงาน");
        screenshot(page, "compare-versions");
    }
}
