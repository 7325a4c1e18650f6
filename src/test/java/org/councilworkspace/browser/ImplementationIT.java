package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.councilworkspace.council.CouncilKind;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.Measure;
import org.councilworkspace.implementation.MeasureFilter;
import org.councilworkspace.implementation.RegisterFiles;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Office of Industrial Economics' member reports this year's EV share of production on the measure's page;
 * the status is recomputed at once and the plan's dashboard shows the new figure and its trajectory.
 */
class ImplementationIT extends BrowserTest {

    private static final String MEASURE = "Investment privileges for EV assembly";

    @Autowired ImplementationService register;
    @Autowired CouncilService councils;
    @Autowired DSLContext db;

    @Test
    void a_reporter_enters_an_actual_and_the_dashboard_shows_it() {
        TestUser kittisak = new TestUser(db.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.USERNAME.eq("kittisak")).fetchOne(APP_USER.ID), "kittisak", false);
        long councilId = AsUser.call(kittisak, () -> councils.myCouncils()).stream()
                .filter(c -> c.kind() == CouncilKind.HUB_INSTITUTE).findFirst().orElseThrow().councilId();
        long planId = AsUser.call(kittisak, () -> register.plans(councilId)).stream()
                // By its title: other browser tests of the same run add plans to this council.
                .filter(p -> p.cycleStart() == 2027 && p.title().startsWith("Automotive Industry Master Plan"))
                .findFirst().orElseThrow().id();
        Measure measure = AsUser.call(kittisak, () -> register.measures(planId, MeasureFilter.ALL, 0, 100)).stream()
                .filter(m -> m.title().equals(MEASURE)).findFirst().orElseThrow();
        long kpiId = AsUser.call(kittisak, () -> register.kpis(measure.id())).get(0).kpi().id();
        int year = LocalDate.now(ZoneId.of("Asia/Bangkok")).getYear();

        loginPage(page).open().signIn("kittisak", LoginPage.DEMO_PASSWORD);
        RegisterPage register = new RegisterPage(page).openMeasure(url("measures/" + measure.id()));
        register.reportActual(kpiId, year, "16.4", "https://example.org/oie/ev-production.pdf");
        assertThat(register.kpiStatus(kpiId)).containsText("16.4");
        page.locator("#kpi-" + kpiId).scrollIntoViewIfNeeded();
        screenshot(page, "implementation-measure");

        register.openDashboard(url("councils/" + councilId + "/implementation?plan=" + planId));
        assertThat(register.kpiCells().filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("16.4 %"))).hasCount(1);
        register.kpiCells().filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("EV share of production")).first().click();
        assertThat(register.trajectory(kpiId)).containsText(Integer.toString(year));
        assertThat(register.trajectory(kpiId).locator("svg")).hasCount(1);
        screenshot(page, "implementation-dashboard");
    }
    @Test
    void the_secretariat_imports_measures_from_a_file_after_seeing_the_bad_line_and_choosing_to_skip_it() {
        TestUser pranee = new TestUser(db.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.USERNAME.eq("pranee")).fetchOne(APP_USER.ID), "pranee", false);
        long councilId = AsUser.call(pranee, () -> councils.myCouncils()).stream()
                .filter(c -> c.kind() == CouncilKind.HUB_INSTITUTE).findFirst().orElseThrow().councilId();
        long planId = AsUser.call(pranee, () -> register.plans(councilId)).stream()
                // By its title: other browser tests of the same run add plans to this council.
                .filter(p -> p.cycleStart() == 2027 && p.title().startsWith("Automotive Industry Master Plan"))
                .findFirst().orElseThrow().id();
        Measure existing = AsUser.call(pranee, () -> register.measures(planId, MeasureFilter.ALL, 0, 1)).get(0);
        String title = "Recycling pilot for traction batteries " + System.nanoTime();
        byte[] file = RegisterFiles.csv(
                line(existing, title, ""),
                line(existing, "A line with a status nobody knows", "FINISHED"));

        loginPage(page).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
        page.navigate(url("councils/" + councilId + "/implementation?plan=" + planId));
        page.locator("#import-measures").click();
        page.locator("#register-import-file input[type=file]").setInputFiles(
                new com.microsoft.playwright.options.FilePayload("measures.csv", "text/csv", file));
        Locator lines = page.locator("#register-import-lines");
        assertThat(lines).containsText("A line with a status nobody knows");
        assertThat(lines).containsText(title);
        assertThat(page.locator("#register-import-confirm")).isDisabled();
        screenshot(page, "implementation-import-preview");

        page.locator("#register-import-skip input").check();
        page.locator("#register-import-confirm").click();
        assertThat(page.locator("#register-import-result")).isVisible();
        page.locator("#register-import-close").click();

        List<String> titles = AsUser.call(pranee, () -> register.measures(planId, MeasureFilter.ALL, 0, 1000)).stream()
                .map(Measure::title).toList();
        org.assertj.core.api.Assertions.assertThat(titles).contains(title)
                .doesNotContain("A line with a status nobody knows");
    }

    /** A measure line of the template, on the section and with the lead agency of a measure the plan has. */
    private static String line(Measure like, String title, String status) {
        return "\"" + like.sectionTitle().replace("\"", "\"\"") + "\",\"" + title + "\",From the file.,\""
                + like.leadAgencyName().replace("\"", "\"\"") + "\",,2027-01-01,2029-12-31," + status + ",,";
    }
}
