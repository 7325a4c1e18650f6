package org.councilworkspace.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The home page's "what needs you" section: its heading, and the task links by kind. */
class HomeTasksPage {

    private final Page page;

    HomeTasksPage(Page page) {
        this.page = page;
    }

    HomeTasksPage open(String homeUrl) {
        page.navigate(homeUrl);
        page.waitForSelector("#what-needs-me");
        return this;
    }

    Locator heading() {
        return page.locator("#what-needs-me-title");
    }

    /** The tasks of one kind (e.g. POSITIONS_TO_GIVE), each a link. */
    Locator tasks(String kind) {
        return page.locator("#what-needs-me a.cw-task[data-kind='" + kind + "']");
    }
}
