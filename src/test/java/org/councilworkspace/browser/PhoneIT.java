package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A member on a phone (375 × 740 px) reads a section, comments on a passage and gives a position with its reason,
 * in English, Thai and Japanese: nothing scrolls sideways, the menu folds behind its button, dialogs fit the
 * screen, and axe finds nothing serious at each step.
 */
class PhoneIT extends BrowserTest {

    private static final String SECTION = "Small and medium suppliers";
    private static final int WIDTH = 375;
    private static final int HEIGHT = 740;

    @ParameterizedTest(name = "{1}")
    @CsvSource({"wichai, en, A comment from a phone about this passage.",
            "kittisak, th, ความเห็นจากโทรศัพท์เกี่ยวกับข้อความนี้",
            "tanaka, ja, スマートフォンからこの箇所へのコメントです。"})
    void a_member_reads_comments_and_gives_a_position_on_a_phone_without_scrolling_sideways(String who, String lang,
                                                                                          String comment) {
        BrowserContext phone = newContext(WIDTH);
        try {
            Page p = phone.newPage();
            p.setViewportSize(WIDTH, HEIGHT);
            loginPage(p).open();
            assertFits(p, "sign-in page");
            loginPage(p).signIn(who, LoginPage.DEMO_PASSWORD);

            // The side navigation is folded behind the menu button and opens over the page.
            Locator layout = p.locator("vaadin-app-layout");
            assertThat(layout).hasAttribute("overlay", "");
            assertThat(drawerOpened(layout)).isFalse();
            p.locator("vaadin-drawer-toggle").click();
            p.waitForCondition(() -> drawerOpened(layout));
            assertThat(p.locator("vaadin-side-nav-item[path='councils/1']")).isVisible();
            p.keyboard().press("Escape");
            p.waitForCondition(() -> !drawerOpened(layout));

            p.navigate(url("plans/1"));
            p.waitForSelector("#outline-grid a");
            checked(p, "the plan's outline", "phone-outline-" + lang);
            // Followed by its address: a tap on a row the outline grid is still scrolling to lands on its neighbour.
            String href = p.locator("#outline-grid a").filter(new Locator.FilterOptions().setHasText(SECTION)).first()
                    .getAttribute("href");
            p.navigate(url(href));
            p.waitForSelector("#section-title");
            assertThat(p.locator("html")).hasAttribute("lang", java.util.regex.Pattern.compile("^" + lang));
            checked(p, "the section", "phone-section-" + lang);

            CommentsPage comments = new CommentsPage(p);
            comments.select(comments.firstWords(3)).commentOnSelection(comment);
            checked(p, "the comment editor", "phone-comment-editor-" + lang);
            comments.post();
            Locator thread = comments.thread(comment).first();
            assertThat(thread).isVisible();
            checked(p, "the comment list", "phone-comments-" + lang);
            thread.locator(".cw-thread-open").click();
            Locator dialog = p.locator("vaadin-dialog-overlay").last();
            assertThat(dialog.locator(".cw-thread")).isVisible();
            assertDialogFits(p, dialog.locator("[part=overlay]"));
            checked(p, "the thread dialog", "phone-thread-" + lang);
            p.keyboard().press("Escape");
            assertThat(dialog).isHidden();

            p.locator("#section-change-position").click();
            Locator reservations = p.locator("#section-position vaadin-radio-button").nth(1);
            reservations.click();
            p.locator("#section-position vaadin-text-area textarea").fill(comment);
            checked(p, "the position choice", "phone-position-" + lang);
            String stance = reservations.locator("label").innerText().substring(2).strip();
            p.locator("#save-position").click();
            assertThat(p.locator("#section-position-status")).containsText(stance);
            checked(p, "the position given", "phone-position-given-" + lang);
        } finally {
            phone.close();
        }
    }

    private void checked(Page p, String what, String screenshot) {
        assertFits(p, what);
        // The page is scanned, not the "saved" notice of the step before: on a busy machine axe caught one as it
        // came or went, half transparent. The notice closes by itself after a few seconds.
        p.waitForFunction("() => document.querySelectorAll('vaadin-notification-card').length === 0", null,
                new Page.WaitForFunctionOptions().setTimeout(15_000));
        Axe.assertNoSeriousViolations(p, what);
        screenshot(p, screenshot);
    }

    /** Neither the page nor the main content is wider than the screen. */
    private static void assertFits(Page p, String what) {
        Number page = (Number) p.evaluate("document.scrollingElement.scrollWidth - window.innerWidth");
        assertThat(page.intValue()).as(what + ": page wider than the screen by").isLessThanOrEqualTo(0);
        Object main = p.evaluate("() => { const m = document.querySelector('#main-content');"
                + " return m ? m.scrollWidth - m.clientWidth : 0; }");
        assertThat(((Number) main).intValue()).as(what + ": content wider than its column by").isLessThanOrEqualTo(0);
    }

    private static void assertDialogFits(Page p, Locator overlay) {
        BoundingBox box = overlay.boundingBox();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(WIDTH);
    }

    private static boolean drawerOpened(Locator layout) {
        return Boolean.TRUE.equals(layout.evaluate("l => l.drawerOpened"));
    }
}
