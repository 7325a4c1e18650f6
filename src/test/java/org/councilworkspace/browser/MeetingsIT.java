package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import static org.councilworkspace.db.Tables.APP_USER;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.council.Member;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.MinutesService;
import org.councilworkspace.meeting.MinutesStatus;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat builds an agenda from suggestions and publishes it, a member answers the invitation, the
 * secretariat records a decision and an action item; the chair approves the minutes of a meeting that has taken
 * place, after a confirmation, and then nothing in them can change. Each person has their own browser (the
 * secretariat and chair use the app in Thai).
 */
class MeetingsIT extends BrowserTest {

    private static final String MEETING = "Working group on the supplier transition";
    private static final String HELD = "Hearing with the parts makers on retooling";

    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired DSLContext db;
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
        assertThat(chairs.minutesItem()).containsText("Suppliers get a two-year transition window.");
        // The meeting is three weeks away: its minutes cannot be approved yet, and the chair is told when they can.
        assertThat(chair.locator("#approve-minutes")).hasCount(0);
        assertThat(chair.locator("#minutes-approve-wait")).isVisible();
    }

    @Test
    void the_chair_is_asked_before_approving_held_minutes_and_afterwards_nothing_in_them_can_change() {
        TestUser pranee = demoUser("pranee");
        // Under way (started 90 minutes ago): its agenda can still change, and its minutes can be approved.
        OffsetDateTime start = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES).minusMinutes(90);
        long id = AsUser.call(pranee, () -> meetings.createMeeting(1, new NewMeeting(MeetingKind.HEARING, HELD,
                start, start.plusHours(2), "Automotive Industry Institute, meeting room 1", null, null,
                meetings.inviteCandidates(1).stream().map(Member::userId).collect(Collectors.toSet()))));
        long item = AsUser.call(pranee, () -> agendas.addItem(id, new NewAgendaItem("Retooling costs", 60, null,
                AgendaPurpose.DISCUSSION, null)));
        AsUser.run(pranee, () -> minutes.saveNotes(item, "Parts makers put retooling at two years of margin.", 0));
        AsUser.call(pranee, () -> minutes.addDecision(item, "The institute surveys retooling costs by firm size.",
                null));

        Page chair = signedIn("somchai");
        MeetingPage chairs = new MeetingPage(chair).open(url("meetings/" + id));
        assertThat(chairs.minutesItem().locator(".cw-save-notes")).hasCount(1);
        Locator dialog = chairs.askToApproveMinutes();
        assertThat(dialog).containsText(HELD);
        // What a screen reader is given: an alert dialog whose name is the act and the meeting.
        assertThat(chair.getByRole(com.microsoft.playwright.options.AriaRole.ALERTDIALOG,
                new Page.GetByRoleOptions().setName(Pattern.compile(HELD)))).isVisible();
        screenshot(chair, "meeting-approve-minutes-dialog");
        chairs.cancelFinalAction();
        assertThat(chair.locator("#approve-minutes")).isVisible();
        org.assertj.core.api.Assertions.assertThat(AsUser.call(pranee, () -> meetings.meeting(id)).minutesStatus())
                .as("cancelled").isEqualTo(MinutesStatus.DRAFT);

        chairs.askToApproveMinutes();
        chairs.confirmFinalAction();
        assertThat(chair.locator("#approve-minutes")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(AsUser.call(pranee, () -> meetings.meeting(id)).minutesStatus())
                .isEqualTo(MinutesStatus.APPROVED);
        assertThat(chairs.minutesItem()).containsText("The institute surveys retooling costs by firm size.");
        for (String control : new String[] {".cw-save-notes", ".cw-add-decision", ".cw-add-action"}) {
            assertThat(chairs.minutesItem().locator(control)).hasCount(0);
        }
        assertThat(chair.locator("#edit-meeting")).hasCount(0);
        assertThat(chair.locator("#add-agenda-item")).hasCount(0);
        assertThat(chair.locator("#agenda-items vaadin-button")).hasCount(0);
        screenshot(chair, "meeting-minutes-approved");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AsUser.run(pranee,
                        () -> minutes.addDecision(item, "A decision nobody took.", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.messageKey())
                                .isEqualTo("meeting.minutes-locked"));

        Page secretariat = signedIn("pranee");
        MeetingPage secretariats = new MeetingPage(secretariat).open(url("meetings/" + id));
        secretariats.startCorrection("The survey covers firms of every size, not by size.");
        screenshot(secretariat, "meeting-minutes-correction-open");
        assertThat(secretariats.minutesItem().locator(".cw-add-decision")).hasCount(1);
        AsUser.call(pranee, () -> minutes.addDecision(item, "The institute surveys retooling costs of every firm.",
                null));
        AsUser.run(demoUser("somchai"), () -> minutes.approve(id));
        secretariats.open(url("meetings/" + id));
        assertThat(secretariat.locator("#minutes-versions .cw-minutes-version")).hasCount(2);
        secretariat.locator("#minutes-versions .cw-open-version").first().click();
        Locator first = secretariat.locator("vaadin-dialog-overlay");
        assertThat(first).containsText("The institute surveys retooling costs by firm size.");
        assertThat(first).not().containsText("of every firm");
        screenshot(secretariat, "meeting-minutes-version-1");
    }

    private TestUser demoUser(String username) {
        return new TestUser(db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchSingle(APP_USER.ID), username, false);
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
