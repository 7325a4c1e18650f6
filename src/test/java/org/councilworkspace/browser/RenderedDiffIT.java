package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two plan versions compared, switched from raw Markdown to formatted text and back, in English and Thai. */
class RenderedDiffIT extends BrowserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"nattaya, added", "malee, เพิ่ม"})
    void the_comparison_of_two_versions_can_be_read_as_formatted_text_with_the_changes_still_marked(String who,
                                                                                                 String cueWord) {
        loginPage(page).open().signIn(who, LoginPage.DEMO_PASSWORD);
        page.navigate(url("plans/1/versions"));
        page.locator("#compare-versions").click();
        page.waitForSelector("#version-changes");
        Locator changed = page.locator("#version-changes vaadin-details[opened]")
                .filter(new Locator.FilterOptions().setHas(page.locator("ins"))).first();
        Locator toggle = changed.locator("vaadin-button.cw-diff-rendering");
        String asText = toggle.innerText();
        assertThat(changed.locator(".cw-diff-rendered")).hasCount(0);
        String inserted = changed.locator(".cw-diff-inline ins").first().innerText().strip();

        toggle.click();

        Locator rendered = changed.locator(".cw-diff-inline.cw-diff-rendered");
        assertThat(rendered).isVisible();
        assertThat(toggle).not().hasText(asText);
        // Formatted: paragraphs and lists rather than Markdown marks, the same inserted words still marked.
        assertThat(rendered.locator("p, li").first()).isVisible();
        assertThat(rendered.locator("ins").first()).isVisible();
        assertThat(rendered.locator("ins").allInnerTexts().stream().anyMatch(t -> t.contains(inserted))).isTrue();
        // The change is labelled in words before it, not told by colour alone.
        Object cue = rendered.locator("ins").first().evaluate("ins => getComputedStyle(ins, '::before').content");
        assertThat(String.valueOf(cue)).contains(cueWord);
        assertThat(rendered.innerText()).doesNotContain("**");
        Axe.assertNoSeriousViolations(page, "the comparison as formatted text");
        screenshot(page, who.equals("nattaya") ? "compare-versions-as-text" : "compare-versions-as-text-th");

        toggle.click();
        assertThat(changed.locator(".cw-diff-rendered")).hasCount(0);
        assertThat(toggle).hasText(asText);
    }
}
