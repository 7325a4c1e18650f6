package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The secretariat invites one member from the members screen; the invited person follows the set-password link,
 * chooses a password and signs in to the council. The browser tests' site sends no e-mail, so the link is the one the
 * page offers to hand over; the e-mail carrying it is tested against an SMTP server in MemberInviteTest.
 */
class MemberInviteIT extends BrowserTest {

    @Test
    void the_secretariat_invites_a_member_who_sets_a_password_and_signs_in() {
        String username = "malee-it-" + System.nanoTime() % 1_000_000;
        String link;
        BrowserContext secretariat = newContext(1366);
        try {
            Page p = secretariat.newPage();
            loginPage(p).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
            p.navigate(url("councils/1/members"));
            p.locator("#invite-member-link").click();
            p.locator("#invite-name input").fill("Malee Srisuk");
            p.locator("#invite-email input").fill(username + "@example.org");
            p.locator("#invite-affiliation input").fill("Thai Automotive Institute");
            p.locator("#invite-role vaadin-select-value-button").click();
            List<String> offered = p.getByRole(com.microsoft.playwright.options.AriaRole.OPTION).allInnerTexts();
            org.assertj.core.api.Assertions.assertThat(offered).as("no chair's role for a secretariat").hasSize(3);
            // An observer: a new voting member would change the consensus count other browser tests on the same
            // demo council rely on.
            p.getByRole(com.microsoft.playwright.options.AriaRole.OPTION).last().click();
            assertAccessible(p);
            p.locator("#invite-send").click();
            assertThat(p.locator("#invite-result")).containsText("Malee Srisuk");
            link = p.locator("#invite-link input").inputValue();
            screenshot(p, "members-invite");
        } finally {
            secretariat.close();
        }

        Page invited = context.newPage();
        invited.navigate(link);
        invited.locator("#set-password-password input").fill("a fresh password for Malee 2027");
        invited.locator("#set-password-repeat input").fill("a fresh password for Malee 2027");
        invited.locator("#set-password-save").click();
        assertThat(invited.getByText(username).first()).isVisible();
        loginPage(invited).open().signIn(username, "a fresh password for Malee 2027");
        invited.navigate(url("councils/1"));
        assertThat(invited.locator("h1").first()).containsText("Automotive");
    }

    private static void assertAccessible(Page p) {
        var results = new com.deque.html.axecore.playwright.AxeBuilder(p).analyze();
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        org.assertj.core.api.Assertions.assertThat(serious).as(p.url()).isEmpty();
    }
}
