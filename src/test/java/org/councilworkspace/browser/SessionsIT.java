package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Ended sessions: a password change in one browser signs the other out; so does the administrator. */
class SessionsIT extends BrowserTest {

    private static final String NEW_PASSWORD = "a quiet river at dawn 2027";

    @Test
    void changing_the_password_in_one_browser_signs_the_other_out_at_its_next_request() {
        BrowserContext second = newContext(1280);
        try {
            Page other = second.newPage();
            loginPage(page).open().signIn("siriporn", LoginPage.DEMO_PASSWORD);
            loginPage(other).open().signIn("siriporn", LoginPage.DEMO_PASSWORD);
            changePassword(page, LoginPage.DEMO_PASSWORD, NEW_PASSWORD);
            try {
                // The open tab's next request (a navigation inside the app) is refused and lands on the sign-in page.
                clickFirstCouncil(other);
                other.waitForURL(Pattern.compile(".*/login\\?ended.*"));
                assertThat(other.locator("#login-session-ended")).isVisible();
                screenshot(other, "session-ended");
                // The browser where the change was made is still signed in.
                clickFirstCouncil(page);
                assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
                // The old password no longer works, the new one does.
                LoginPage login = loginPage(other).open();
                login.attempt("siriporn", LoginPage.DEMO_PASSWORD);
                assertThat(login.error()).isVisible();
                loginPage(other).open().signIn("siriporn", NEW_PASSWORD);
            } finally {
                page.navigate(url(""));
                changePassword(page, NEW_PASSWORD, LoginPage.DEMO_PASSWORD);
            }
        } finally {
            second.close();
        }
    }

    @Test
    void the_administrator_ends_a_persons_sessions_after_a_confirmation_that_names_them() {
        BrowserContext person = newContext(1280);
        try {
            Page their = person.newPage();
            loginPage(their).open().signIn("chaiwat", LoginPage.DEMO_PASSWORD);
            loginPage(page).open().signIn("admin", LoginPage.DEMO_PASSWORD);
            page.navigate(url("admin/users"));
            page.locator("#users-filter input").fill("chaiwat");
            // The list is filtered on the server: wait until only that person's row is left.
            assertThat(page.locator("vaadin-button[aria-label^='End sessions ']:visible")).hasCount(1);
            screenshot(page, "admin-users-filtered");
            page.locator("vaadin-button[aria-label='End sessions chaiwat']:visible").click();
            assertThat(page.locator("#final-action-confirm")).isVisible();
            assertThat(page.locator("vaadin-dialog-overlay")).containsText("Chaiwat Srisuk (chaiwat)");
            screenshot(page, "end-sessions-dialog");
            page.locator("#final-action-confirm").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("chaiwat");

            clickFirstCouncil(their);
            their.waitForURL(Pattern.compile(".*/login\\?ended.*"));
            assertThat(their.locator("#login-session-ended")).isVisible();
        } finally {
            person.close();
        }
    }

    private void changePassword(Page p, String current, String next) {
        p.navigate(url("account/password"));
        p.locator("#current-password input").fill(current);
        p.locator("#new-password input").fill(next);
        p.locator("#repeat-password input").fill(next);
        p.locator("#change-password-save").click();
        assertThat(p.locator("vaadin-notification-card").last()).isVisible();
        assertThat(p.locator("#current-password input")).hasValue("");
    }

    private static void clickFirstCouncil(Page p) {
        p.locator("vaadin-side-nav-item[path^='councils/']").first().click();
    }
}
