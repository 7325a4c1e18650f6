package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The secretariat builds an agenda from suggestions and publishes it, a member answers the invitation, the
 * secretariat records a decision and an action item, and the chair approves the minutes. Each person has their
 * own browser (the secretariat and chair use the app in Thai).
 */
class MeetingsIT extends BrowserTest {

    private static final String MEETING = "Working group on the supplier transition";
    private final List<BrowserContext> people = new ArrayList<>();

    @AfterEach
    void closePeople() {
        people.forEach(BrowserContext::close);
    }

    @Test
    void an_agenda_from_suggestions_an_answer_minutes_with_a_decision_and_an_action_item_and_the_chairs_approval() {
        Page secretariat = signedIn("pranee");
        secretariat.navigate(url("councils/1/meetings"));
        Locator link = secretariat.locator("#upcoming-meetings a").filter(new Locator.FilterOptions().setHasText(MEETING));
        String meetingUrl = url(link.getAttribute("href"));
        MeetingPage meeting = new MeetingPage(secretariat).open(meetingUrl);
        meeting.addFirstSuggestion();
        meeting.publishAgenda();
        screenshot(secretariat, "meeting-agenda-published");

        Page member = signedIn("wichai");
        new MeetingPage(member).open(meetingUrl).answer("Attending");
        assertThat(member.locator("#agenda-items li")).hasCount(1);

        meeting.open(meetingUrl);
        meeting.recordDecision("Suppliers get a two-year transition window.");
        meeting.recordAction("Cost the transition window for small suppliers", "Wichai");

        Page chair = signedIn("somchai");
        MeetingPage chairs = new MeetingPage(chair).open(meetingUrl);
        chairs.approveMinutes();
        assertThat(chairs.minutesItem().locator(".cw-decision-text")).hasCount(0);
        assertThat(chairs.minutesItem()).containsText("Suppliers get a two-year transition window.");
        screenshot(chair, "meeting-minutes-approved");
    }

    private Page signedIn(String username) {
        BrowserContext context = newContext(1280);
        people.add(context);
        Page p = context.newPage();
        loginPage(p).open().signIn(username, LoginPage.DEMO_PASSWORD);
        return p;
    }
}
