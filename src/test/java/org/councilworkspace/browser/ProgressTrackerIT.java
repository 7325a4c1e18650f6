package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.councilworkspace.council.CouncilKind;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The automotive council's secretariat publishes the plan's progress again from the dashboard, as a correction of
 * the demo's publication of today, and a reader without JavaScript opens the public progress page; axe finds nothing
 * serious on it in English, Japanese and Thai.
 */
class ProgressTrackerIT extends BrowserTest {

    @Autowired ImplementationService register;
    @Autowired CouncilService councils;
    @Autowired DSLContext db;

    @Test
    void the_secretariat_publishes_progress_from_the_dashboard_and_the_portal_shows_it_without_script() {
        TestUser pranee = new TestUser(db.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.USERNAME.eq("pranee")).fetchOne(APP_USER.ID), "pranee", false);
        long councilId = AsUser.call(pranee, () -> councils.myCouncils()).stream()
                .filter(c -> c.kind() == CouncilKind.HUB_INSTITUTE).findFirst().orElseThrow().councilId();
        long planId = AsUser.call(pranee, () -> register.plans(councilId)).stream()
                // By its title too: other browser tests of the same run add plans of that cycle to this council.
                .filter(p -> p.cycleStart() == 2027 && p.title().startsWith("Automotive Industry Master Plan"))
                .findFirst().orElseThrow().id();
        String reason = "Corrected figures from the browser test " + System.nanoTime();

        loginPage(page).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
        page.navigate(url("councils/" + councilId + "/implementation?plan=" + planId));
        page.locator("#publish-progress").click();
        assertThat(page.locator("vaadin-dialog-overlay:has(#final-action-confirm)")).isVisible();
        // The demo secretariat reads Thai: "it cannot be withdrawn".
        assertThat(page.locator("vaadin-dialog-overlay")).containsText("เพิกถอนไม่ได้");
        screenshot(page, "implementation-publish-progress");
        page.locator("#final-action-reason textarea").fill(reason);
        page.locator("#final-action-confirm").click();
        assertThat(page.locator("#progress-status")).containsText("บนพอร์ทัล");
        assertThat(page.locator("#progress-public-page")).hasAttribute("href", "/public/th/plans/" + planId
                + "/progress");

        try (BrowserContext reader = newContext(1200, false)) {
            Page portal = reader.newPage();
            portal.navigate(url("public/en/plans/" + planId + "/progress"));
            assertThat(portal.locator("h1")).containsText("Automotive Industry Master Plan");
            assertThat(portal.locator("#progress-correction")).containsText(reason);
            assertThat(portal.locator("#measures-by-agency")).containsText("Board of Investment");
            assertThat(portal.locator("figure.chart svg").first()).isVisible();
            assertThat(portal.locator("table.kpi-data").first()).containsText("Baseline");
            assertThat(portal.locator("script")).hasCount(0);
            screenshot(portal, "portal-progress");
            portal.navigate(url("public/th/councils/" + councilId));
            assertThat(portal.locator("#progress-links a")).hasAttribute("href", "/public/th/plans/" + planId
                    + "/progress");
        }
        for (String lang : List.of("en", "ja", "th")) {
            page.navigate(url("public/" + lang + "/plans/" + planId + "/progress"));
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            List<String> serious = new AxeBuilder(page).analyze().getViolations().stream()
                    .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                    .map(v -> v.getId() + ": " + v.getHelp()).toList();
            org.assertj.core.api.Assertions.assertThat(serious).as(lang).isEmpty();
        }
    }
}
