package org.councilworkspace.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The sign-in page. */
class LoginPage {

    static final String DEMO_PASSWORD = "council-demo-2027";

    private final Page page;
    private final String url;

    LoginPage(Page page, String url) {
        this.page = page;
        this.url = url;
    }

    LoginPage open() {
        page.navigate(url);
        page.waitForSelector("#vaadinLoginUsername input");
        return this;
    }

    /** Signs in and waits for the application shell. */
    ShellPage signIn(String username, String password) {
        attempt(username, password);
        page.waitForSelector("vaadin-side-nav", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        return new ShellPage(page);
    }

    void attempt(String username, String password) {
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
    }

    /** The error shown by the login form after a refused attempt. */
    Locator error() {
        return page.locator("vaadin-login-form-wrapper [part=error-message-description]");
    }
}
