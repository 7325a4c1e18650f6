package org.councilworkspace.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The public portal as a reader uses it: by its links and its plain form, with or without JavaScript. */
final class PortalPage {

    private final Page page;
    private final String base;

    PortalPage(Page page, String base) {
        this.page = page;
        this.base = base;
    }

    PortalPage open(String lang) {
        page.navigate(base + "public/" + lang);
        return this;
    }

    /** Follows the link with the given text inside the element of the given id. */
    PortalPage follow(String containerId, String text) {
        page.locator("#" + containerId + " a").filter(new Locator.FilterOptions().setHasText(text)).first().click();
        page.waitForLoadState();
        return this;
    }

    void comment(String name, String type, String email, String text, boolean consent) {
        page.locator("#name").fill(name);
        page.locator("#organizationType").selectOption(type);
        page.locator("#email").fill(email);
        page.locator("#text").fill(text);
        if (consent) {
            page.locator("#consent").check();
        }
        page.locator("#send").click();
        page.waitForLoadState();
    }

    Page page() {
        return page;
    }
}
