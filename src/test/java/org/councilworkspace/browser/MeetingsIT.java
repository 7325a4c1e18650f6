package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    @Test
    void the_personal_calendar_feed_is_read_without_a_session_until_it_is_revoked() {
        Page member = signedIn("nattaya");
        member.navigate(url("action-items"));
        assertThat(member.locator("#action-items")).containsText("WP.29");
        member.locator("#calendar-feed-create").click();
        String feedUrl = member.locator("#calendar-feed-address input").inputValue();
        assertThat(member.locator("#calendar-feed-state")).containsText("active");

        BrowserContext calendarProgram = newContext(1280);
        people.add(calendarProgram);
        var response = calendarProgram.request().get(feedUrl);
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type")).startsWith("text/calendar");
        org.assertj.core.api.Assertions.assertThat(response.text()).startsWith("BEGIN:VCALENDAR\r\n")
                .contains("SUMMARY:3rd plenary", "DTSTART:");

        member.locator("#calendar-feed-revoke").click();
        assertThat(member.locator("#calendar-feed-state")).containsText("no calendar feed");
        org.assertj.core.api.Assertions.assertThat(calendarProgram.request().get(feedUrl).status()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(calendarProgram.request().get(url("calendar-feed/not-a-token.ics"))
                .status()).isEqualTo(404);
    }

    @Test
    void the_meeting_pages_have_no_serious_or_critical_accessibility_violations_and_their_files_download()
            throws Exception {
        Page secretariat = signedIn("pranee");
        secretariat.navigate(url("councils/1/meetings"));
        secretariat.waitForSelector("#upcoming-meetings a");
        String plenary = url(secretariat.locator("#upcoming-meetings a")
                .filter(new Locator.FilterOptions().setHasText("3rd plenary")).getAttribute("href"));
        String past = url(secretariat.locator("#past-meetings a").first().getAttribute("href"));
        String[] addresses = {url("councils/1/meetings"), plenary, past, url("action-items")};
        for (int i = 0; i < addresses.length; i++) {
            String address = addresses[i];
            secretariat.navigate(address);
            secretariat.waitForSelector("h1");
            secretariat.waitForTimeout(300);
            List<String> serious = new AxeBuilder(secretariat).analyze().getViolations().stream()
                    .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                    .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                            .map(n -> String.join(" ", n.getTarget().toString())).toList())
                    .toList();
            org.assertj.core.api.Assertions.assertThat(serious).as(address).isEmpty();
            screenshot(secretariat, "meeting-page-" + i);
        }

        secretariat.navigate(plenary);
        Download pdf = secretariat.waitForDownload(() -> secretariat.locator("#download-pdf").click());
        byte[] bytes = Files.readAllBytes(pdf.path());
        org.assertj.core.api.Assertions.assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String pack = secretariat.context().request().get(url(secretariat.locator("#download-pack")
                .getAttribute("href"))).text();
        org.assertj.core.api.Assertions.assertThat(pack).contains("<h1>3rd plenary</h1>", "Any other business");
        Download ics = secretariat.waitForDownload(() -> secretariat.locator("#download-ics").click());
        org.assertj.core.api.Assertions.assertThat(Files.readString(ics.path())).contains("SUMMARY:3rd plenary");
    }

    private Page signedIn(String username) {
        BrowserContext context = newContext(1280);
        people.add(context);
        Page p = context.newPage();
        loginPage(p).open().signIn(username, LoginPage.DEMO_PASSWORD);
        return p;
    }
}
