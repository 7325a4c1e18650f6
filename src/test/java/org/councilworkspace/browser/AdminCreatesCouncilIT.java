package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The administrator creates a person and a council naming them its secretariat; that person then sees it; the
 * administrator then appoints the council's chair, confirming it first.
 */
class AdminCreatesCouncilIT extends BrowserTest {

    @Test
    void a_new_person_sets_a_password_and_finds_the_council_they_were_given() {
        loginPage(page).open().signIn("admin", LoginPage.DEMO_PASSWORD);

        page.navigate(url("admin/users"));
        page.locator("#new-user").click();
        page.locator("#new-user-username input").fill("arisa");
        page.locator("#new-user-display-name input").fill("Arisa Thongchai");
        page.locator("#new-user-email input").fill("arisa@example.org");
        page.locator("#new-user-save").click();
        String link = page.locator("#invitation-link input").inputValue();
        page.locator("#invitation-close").click();

        page.navigate(url("admin/councils"));
        page.locator("#new-council").click();
        page.locator("#council-form-name input").fill("Rail Industry Development Committee");
        page.locator("#council-form-mandate textarea").fill("Prepare the rail industry development plan.\n"
                + "แผนพัฒนาอุตสาหกรรมระบบราง");
        page.locator("#council-form-manager input").fill("Arisa");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Arisa Thongchai")).click();
        page.locator("#council-form-manager-organization input").fill("Office of Industrial Economics");
        page.locator("#council-form-save").click();
        assertThat(page.locator("#councils-grid")).containsText("Rail Industry Development Committee");

        BrowserContext other = newContext(1280);
        try {
            Page newcomer = other.newPage();
            newcomer.navigate(link);
            newcomer.locator("#set-password-password input").fill("trains run on time in 2030");
            newcomer.locator("#set-password-repeat input").fill("trains run on time in 2030");
            newcomer.locator("#set-password-save").click();
            assertThat(newcomer.locator("h1")).hasText("Password set");

            loginPage(newcomer).open().signIn("arisa", "trains run on time in 2030");
            assertThat(newcomer.locator("#my-councils")).containsText("Rail Industry Development Committee");
            newcomer.locator("#my-councils a").filter(new Locator.FilterOptions()
                    .setHasText("Rail Industry Development Committee")).click();
            assertThat(newcomer.locator("#my-role")).containsText("Secretariat");
            assertThat(newcomer.locator("#council-mandate")).containsText("แผนพัฒนาอุตสาหกรรมระบบราง");
            screenshot(newcomer, "new-council-home");

            newcomer.navigate(link);
            assertThat(newcomer.locator("main")).containsText("This link is not valid");
        } finally {
            other.close();
        }

        // The council has no chair yet; only the administrator (or a chair) may appoint one, and it asks first.
        page.navigate(url("admin/councils"));
        page.locator("a[aria-label='Manage members: Rail Industry Development Committee']").click();
        Locator role = page.locator("#members-grid vaadin-select");
        assertThat(role).hasCount(1);
        role.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Chair").setExact(true)).click();
        assertThat(page.locator("vaadin-dialog-overlay:has(#final-action-confirm)")).isVisible();
        assertThat((String) page.locator("#final-action").evaluate("dialog => dialog.headerTitle"))
                .isEqualTo("Change the role of Arisa Thongchai to Chair");
        screenshot(page, "change-role-confirmation");
        page.locator("#final-action-cancel").click();
        assertThat(role.locator("vaadin-select-value-button")).hasText("Secretariat");
        role.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Chair").setExact(true)).click();
        page.locator("#final-action-confirm").click();
        assertThat(page.locator("#members-grid vaadin-select vaadin-select-value-button")).hasText("Chair");
    }
}
