package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The conflict view, as an English, a Thai and a Japanese reader meet it when the secretariat saved the same
 * passage first: axe finds nothing serious, before and after a passage is resolved, and the view fits a phone.
 */
class ConflictLanguagesIT extends BrowserTest {

    private static final String SECTION = "Governance and review";

    @ParameterizedTest(name = "{1}")
    @CsvSource({"nattaya, en", "somchai, th", "tanaka, ja"})
    void the_conflict_view_has_no_serious_accessibility_violations_in_each_language(String who, String lang) {
        BrowserContext other = newContext(1280);
        try {
            loginPage(page).open().signIn(who, LoginPage.DEMO_PASSWORD);
            SectionPage mine = open(page).edit();
            String base = mine.text();
            String firstLine = base.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow();

            Page secretariat = other.newPage();
            loginPage(secretariat).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
            SectionPage theirs = open(secretariat).edit();
            theirs.type(base.replace(firstLine, firstLine + " The secretariat reports every year (" + lang + ")."));
            theirs.saveConfirmingIfAsked();
            assertThat(theirs.body()).containsText("reports every year (" + lang + ")");

            mine.type(base.replace(firstLine, firstLine + " The council reviews it every two years (" + lang + ")."));
            mine.saveConfirmingIfAsked();
            assertThat(page.locator("#conflict-1-mine")).containsText("every two years (" + lang + ")");
            assertThat(page.locator("#conflict-1-theirs")).containsText("reports every year (" + lang + ")");
            assertThat(page.locator("html")).hasAttribute("lang", Pattern.compile("^" + lang));
            assertThat(page.locator("vaadin-dialog-overlay[opening]")).hasCount(0);
            Axe.assertNoSeriousViolations(page, "the conflict view in " + lang);
            screenshot(page, "conflict-view-" + lang);

            page.locator("#conflict-1-keep-both").click();
            assertThat(page.locator("#conflict-1-status")).hasAttribute("data-resolved", "true");
            Axe.assertNoSeriousViolations(page, "the conflict view with its passage resolved in " + lang);

            // On a phone the two wordings stack and the dialog stays inside the screen.
            page.setViewportSize(375, 740);
            BoundingBox dialog = page.locator("vaadin-dialog-overlay [part=overlay]").first().boundingBox();
            assertThat(dialog.x).isGreaterThanOrEqualTo(0);
            assertThat(dialog.x + dialog.width).isLessThanOrEqualTo(375);
            Object mineBox = page.locator("#conflict-1-mine").boundingBox().width;
            assertThat((Double) mineBox).isLessThanOrEqualTo(375);
            Axe.assertNoSeriousViolations(page, "the conflict view on a phone in " + lang);
            screenshot(page, "conflict-view-phone-" + lang);

            page.locator("#conflict-save").click();
            Locator body = mine.body();
            assertThat(body).containsText("every two years (" + lang + ")");
            assertThat(body).containsText("reports every year (" + lang + ")");
        } finally {
            other.close();
        }
    }

    /** The section by its address from the outline: it is the last row, which the grid may not have drawn yet. */
    private SectionPage open(Page p) {
        p.navigate(url("plans/1"));
        p.waitForSelector("#outline-grid a");
        Locator link = p.locator("#outline-grid a").filter(new Locator.FilterOptions().setHasText(SECTION)).first();
        p.locator("#outline-grid").evaluate("grid => grid.scrollToIndex(grid.size - 1)");
        p.navigate(url(link.getAttribute("href")));
        p.waitForSelector("#section-title");
        return new SectionPage(p);
    }
}
