package org.councilworkspace.browser;

import com.microsoft.playwright.Page;
import java.util.List;

/** The application shell after sign-in: navigation and user menu. */
class ShellPage {

    private final Page page;

    ShellPage(Page page) {
        this.page = page;
    }

    /** Where each side navigation entry leads (language-independent, unlike its label). */
    List<String> navigationPaths() {
        page.waitForSelector("vaadin-side-nav-item", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) page.locator("vaadin-side-nav-item")
                .evaluateAll("items => items.map(i => i.getAttribute('path') || '')");
        return paths;
    }

    /** Where the tabs of the open council page lead. */
    List<String> councilTabPaths() {
        page.waitForSelector("#council-tabs a");
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) page.locator("#council-tabs a")
                .evaluateAll("links => links.map(a => a.getAttribute('href'))");
        return paths;
    }

    void signOut() {
        page.locator("#user-menu").click();
        page.locator("#user-menu-sign-out").click();
        page.waitForSelector("#vaadinLoginUsername input");
    }
}
