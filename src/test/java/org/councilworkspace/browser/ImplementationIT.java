package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;

import java.time.LocalDate;
import java.time.ZoneId;
import org.councilworkspace.council.CouncilKind;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.implementation.ImplementationService;
import org.councilworkspace.implementation.Measure;
import org.councilworkspace.implementation.MeasureFilter;
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
        long planId = AsUser.call(kittisak, () -> register.plans(councilId)).get(0).id();
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

        register.openDashboard(url("councils/" + councilId + "/implementation"));
        assertThat(register.kpiCells().filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("16.4 %"))).hasCount(1);
        register.kpiCells().filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("EV share of production")).first().click();
        assertThat(register.trajectory(kpiId)).containsText(Integer.toString(year));
        assertThat(register.trajectory(kpiId).locator("svg")).hasCount(1);
        screenshot(page, "implementation-dashboard");
    }
}
