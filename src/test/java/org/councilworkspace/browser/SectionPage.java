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

    /**
     * Saves, and confirms when the editor asks first because members took positions on the text. Whether it asks
     * depends on what other tests did to those positions before, so tests about something else use this.
     */
    void saveConfirmingIfAsked() {
        save();
        Locator confirm = page.locator("#final-action-confirm");
        try {
            confirm.waitFor(new Locator.WaitForOptions().setTimeout(3_000));
            confirm.click();
        } catch (com.microsoft.playwright.TimeoutError notAsked) {
            // Nobody's position stood on the text: saved without asking.
        }
    }

    SectionPage markEditorial() {
        page.locator("#editorial-change input").check();
        return this;
    }

    Locator body() {
        return page.locator("#section-body");
    }

    Locator notice() {
        return page.locator("#revision-notice");
    }
}
