package org.councilworkspace.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A measure's page and the plan's implementation dashboard. */
class RegisterPage {

    private final Page page;

    RegisterPage(Page page) {
        this.page = page;
    }

    RegisterPage openMeasure(String url) {
        page.navigate(url);
        page.waitForSelector("#measure-title");
        return this;
    }

    RegisterPage openDashboard(String url) {
        page.navigate(url);
        page.waitForSelector("#measures-by-status");
        return this;
    }

    /** Reports an annual actual with its evidence link through the reporter's form. */
    void reportActual(long kpiId, int year, String value, String evidence) {
        page.locator("#report-actual-" + kpiId).click();
        fill("#actual-year input", Integer.toString(year));
        fill("#actual-value input", value);
        fill("#actual-evidence input", evidence);
        page.locator("#actual-save").click();
        try {
            page.waitForSelector("#actual-save", new Page.WaitForSelectorOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        } catch (com.microsoft.playwright.TimeoutError e) {
            // The form stayed open, so the service refused something: keep a picture of what the reporter saw.
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "screenshots",
                    "implementation-report-refused.png")));
            throw new AssertionError("The form stayed open: " + page.locator("vaadin-notification-card, [invalid]")
                    .allTextContents(), e);
        }
    }

    Locator kpiStatus(long kpiId) {
        return page.locator("#kpi-status-" + kpiId);
    }

    Locator kpiCells() {
        return page.locator("#kpis-grid vaadin-grid-cell-content");
    }

    Locator trajectory(long kpiId) {
        return page.locator("#kpi-trajectory-" + kpiId);
    }

    private void fill(String selector, String text) {
        Locator field = page.locator(selector);
        field.fill(text);
        field.press("Tab");
    }
}
