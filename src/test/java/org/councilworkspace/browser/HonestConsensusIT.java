package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A drafter fixes a typo without unsettling anyone, and is told before a change of meaning unsettles a position. */
class HonestConsensusIT extends BrowserTest {

    private static final String STANDARDS = "Standards and testing";

    @Test
    void an_editorial_fix_keeps_the_position_and_a_change_of_meaning_asks_first_and_then_the_member_is_asked_again() {
        // The member's position stands on the current text, whatever other tests did to the section before.
        loginPage(page).open().signIn("wichai", LoginPage.DEMO_PASSWORD);
        SectionPage.open(page, url(""), 1, STANDARDS);
        page.locator("#section-change-position").click();
        page.locator("#section-position vaadin-radio-button").first().click();
        page.locator("#save-position").click();
        assertThat(page.locator("#section-position-status")).containsText("Your current position");
        new ShellPage(page).signOut();

        loginPage(page).open().signIn("nattaya", LoginPage.DEMO_PASSWORD);
        SectionPage section = SectionPage.open(page, url(""), 1, STANDARDS).edit();
        section.type(section.text().replace("national testing centre", "national testing center")).markEditorial();
        section.save();
        assertThat(section.body()).containsText("national testing center");
        assertThat(page.locator("vaadin-notification-card").last()).containsText("editorial change");
        assertThat(page.locator("#final-action")).hasCount(0);

        section.edit();
        section.type(section.text().replace("batteries and electric drivetrains",
                "batteries, hydrogen tanks and electric drivetrains"));
        section.save();
        Locator asked = page.locator("vaadin-dialog-overlay:has(#final-action-confirm)");
        assertThat(asked).isVisible();
        assertThat(asked).containsText("One member has taken a position on this text");
        assertThat(page.locator("#final-action-cancel")).isFocused();
        screenshot(page, "stale-positions-confirmation");
        page.locator("#final-action-cancel").click();
        assertThat(asked).isHidden();
        assertThat(page.locator("#section-text textarea")).hasValue(Pattern.compile("hydrogen tanks"));
        section.save();
        page.locator("#final-action-confirm").click();
        assertThat(section.body()).containsText("hydrogen tanks");
        new ShellPage(page).signOut();

        loginPage(page).open().signIn("wichai", LoginPage.DEMO_PASSWORD);
        SectionPage.open(page, url(""), 1, STANDARDS);
        assertThat(page.locator("#section-position-status")).containsText("was given on an earlier text");
    }
}
