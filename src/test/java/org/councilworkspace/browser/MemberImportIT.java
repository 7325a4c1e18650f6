package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import org.councilworkspace.memberimport.MemberFiles;
import org.junit.jupiter.api.Test;

/**
 * The secretariat imports members from a file in the browser: a file over the cap is refused before it is sent, a
 * file with a line it may not import is previewed with the problem, and only the good line is imported once the
 * secretariat chooses to skip the other. The imported member is an observer, so the demo council's voting count that
 * other browser tests rely on stays the same.
 */
class MemberImportIT extends BrowserTest {

    @Test
    void the_secretariat_imports_the_good_line_of_a_file_after_a_file_over_the_cap_is_refused() {
        String unique = "import-it-" + System.nanoTime() % 1_000_000;
        byte[] file = MemberFiles.csv(
                "Somchai Observer," + unique + "@example.org,Thai Automotive Institute,EXPERT,OBSERVER,th",
                "Would-be chair," + unique + "-chair@example.org,Ministry of Industry,MINISTRY,CHAIR,en");

        loginPage(page).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
        page.navigate(url("councils/1/members/import"));
        page.locator("#import-file input[type=file]").setInputFiles(
                new FilePayload("huge.csv", "text/csv", new byte[2 * 1024 * 1024 + 1]));
        assertThat(page.locator("vaadin-notification-card").last()).containsText("2 MB");
        assertThat(page.locator("#import-summary")).hasCount(0);

        page.locator("#import-file input[type=file]").setInputFiles(new FilePayload("members.csv", "text/csv", file));
        // The demo secretariat reads Thai.
        assertThat(page.locator("#import-summary")).hasText("อ่านได้ 2 บรรทัด นำเข้าได้ 1 บรรทัด มีปัญหา 1 บรรทัด");
        assertThat(page.locator("#import-confirm")).isDisabled();
        page.locator("#import-skip input").check();
        page.locator("#import-confirm").click();

        assertThat(page.locator("#import-result")).containsText("เพิ่มกรรมการ 1 คน");
    }
}
