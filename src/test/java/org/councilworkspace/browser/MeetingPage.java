package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A meeting's page: agenda, invitation, minutes. Located by ids and classes, so it works in every language. */
class MeetingPage {

    private final Page page;

    MeetingPage(Page page) {
        this.page = page;
    }

    MeetingPage open(String url) {
        page.navigate(url);
        page.waitForSelector("#agenda");
        return this;
    }

    void addFirstSuggestion() {
        int before = page.locator("#agenda-items li").count();
        page.locator("#agenda-suggestions .cw-add-suggestion").first().click();
        assertThat(page.locator("#agenda-items li")).hasCount(before + 1);
    }

    void publishAgenda() {
        page.locator("#publish-agenda").click();
        page.locator("#final-action-confirm").click();
        assertThat(page.locator("#agenda-status")).containsText("✔");
    }

    void answer(String label) {
        page.locator("#invitation-answer").getByRole(AriaRole.RADIO,
                new Locator.GetByRoleOptions().setName(label).setExact(true)).check();
        page.locator("#invitation-save").click();
        assertThat(page.locator("#invitation-status")).containsText(label);
    }

    Locator minutesItem() {
        return page.locator(".cw-minutes-item").first();
    }

    void recordDecision(String text) {
        minutesItem().locator(".cw-decision-text textarea").fill(text);
        minutesItem().locator(".cw-add-decision").click();
        assertThat(minutesItem().locator(".cw-decisions")).containsText(text);
    }

    void recordAction(String text, String owner) {
        minutesItem().locator(".cw-action-text input").fill(text);
        minutesItem().locator(".cw-action-owner input").fill(owner);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(owner)).first().click();
        minutesItem().locator(".cw-add-action").click();
        assertThat(minutesItem().locator(".cw-actions")).containsText(text);
    }

    /** Presses Approve and returns the confirmation dialog (its overlay), which names the meeting. */
    Locator askToApproveMinutes() {
        page.locator("#approve-minutes").click();
        Locator overlay = page.locator("vaadin-dialog-overlay");
        assertThat(overlay).isVisible();
        return overlay;
    }

    /** Starts a correction: first without a reason (refused at the field), then with one. */
    void startCorrection(String reason) {
        page.locator("#start-correction").click();
        page.locator("#final-action-confirm").click();
        assertThat(page.locator("#final-action-reason")).hasAttribute("invalid", "");
        page.locator("#final-action-reason textarea").fill(reason);
        confirmFinalAction();
        assertThat(page.locator("#minutes-correction")).containsText(reason);
    }

    void cancelFinalAction() {
        page.locator("#final-action-cancel").click();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
    }

    void confirmFinalAction() {
        page.locator("#final-action-confirm").click();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
    }
}
