package org.councilworkspace.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A section of a plan: reading, editing, saving, and the live notice. */
class SectionPage {

    private final Page page;

    SectionPage(Page page) {
        this.page = page;
    }

    /** Opens the plan's outline and follows the link to the section with this title. */
    static SectionPage open(Page page, String baseUrl, long planId, String title) {
        page.navigate(baseUrl + "plans/" + planId);
        page.locator("#outline-grid a").filter(new Locator.FilterOptions().setHasText(title)).first().click();
        page.waitForSelector("#section-title");
        return new SectionPage(page);
    }

    String text() {
        return page.locator("#section-text textarea").inputValue();
    }

    SectionPage edit() {
        page.locator("#edit-section").click();
        page.waitForSelector("#section-text textarea");
        return this;
    }

    /** Replaces the whole text as a person pasting would, and lets the field report it. */
    SectionPage type(String text) {
        Locator area = page.locator("#section-text textarea");
        area.fill(text);
        area.press("Tab");
        return this;
    }

    void save() {
        page.locator("#save-section").click();
    }

    Locator body() {
        return page.locator("#section-body");
    }

    Locator notice() {
        return page.locator("#revision-notice");
    }
}
