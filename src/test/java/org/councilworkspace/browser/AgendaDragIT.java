package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.councilworkspace.meeting.AgendaItem;
import org.councilworkspace.meeting.AgendaPurpose;
import org.councilworkspace.meeting.AgendaService;
import org.councilworkspace.meeting.MeetingKind;
import org.councilworkspace.meeting.MeetingService;
import org.councilworkspace.meeting.NewAgendaItem;
import org.councilworkspace.meeting.NewMeeting;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo secretariat reorders an agenda by dragging one item onto another, in Thai (her language) and then in
 * English; a second tab of hers shows the new order without reloading, and the Alt+arrow keys move an item too.
 * The page has no serious or critical accessibility violations in either language.
 */
class AgendaDragIT extends BrowserTest {

    private static final String OPENING = "Opening and adoption of the agenda";
    private static final String CHARGING = "Charging network for the Eastern Economic Corridor";
    private static final String OTHER = "Other business";
    private static final double WAIT = 15_000;

    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired DSLContext db;
    private final List<BrowserContext> people = new ArrayList<>();

    @AfterEach
    void closePeopleAndRestoreThai() {
        people.forEach(BrowserContext::close);
        setLanguage("pranee", "th");
    }

    @Test
    void the_secretariat_drags_an_item_to_the_top_in_thai_and_in_english_and_her_other_tab_follows() {
        TestUser pranee = demoUser("pranee");
        OffsetDateTime start = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES).plusDays(30);
        long id = AsUser.call(pranee, () -> meetings.createMeeting(1, new NewMeeting(MeetingKind.WORKING_GROUP,
                "Working group on charging infrastructure", start, start.plusHours(2), "Meeting room 2", null, null,
                Set.of())));
        for (String title : List.of(OPENING, CHARGING, OTHER)) {
            AsUser.call(pranee, () -> agendas.addItem(id, new NewAgendaItem(title, 30, null, AgendaPurpose.DISCUSSION,
                    null)));
        }
        String address = url("meetings/" + id);

        BrowserContext thai = signedIn("pranee");
        Page tab = thai.newPage();
        new MeetingPage(tab).open(address);
        Page other = thai.newPage();
        new MeetingPage(other).open(address);
        Locator items = tab.locator("#agenda-items > li.cw-agenda-item");
        assertThat(items).hasCount(3, new LocatorAssertions.HasCountOptions().setTimeout(WAIT));
        assertThat(tab.locator("#agenda-reorder-hint")).containsText("ลากวาระ", within());
        assertNoSeriousViolations(tab, "Thai agenda before the drag");

        items.nth(2).locator(".cw-agenda-grip").dragTo(items.nth(0));
        assertThat(items.nth(0)).containsText(OTHER, within());
        assertThat(tab.locator("#agenda-announcer")).containsText(OTHER, within());
        org.assertj.core.api.Assertions.assertThat(titles(pranee, id)).containsExactly(OTHER, OPENING, CHARGING);
        assertThat(other.locator("#agenda-items > li.cw-agenda-item").nth(0)).containsText(OTHER, within());
        screenshot(tab, "agenda-dragged-th");
        assertNoSeriousViolations(tab, "Thai agenda after the drag");

        items.nth(0).locator(".cw-move-down").focus();
        tab.keyboard().press("Alt+ArrowDown");
        assertThat(items.nth(1)).containsText(OTHER, within());
        org.assertj.core.api.Assertions.assertThat(titles(pranee, id)).containsExactly(OPENING, OTHER, CHARGING);

        setLanguage("pranee", "en");
        BrowserContext english = signedIn("pranee");
        Page page = english.newPage();
        new MeetingPage(page).open(address);
        Locator shown = page.locator("#agenda-items > li.cw-agenda-item");
        assertThat(page.locator("#agenda-reorder-hint")).containsText("Drag an item", within());
        shown.nth(2).locator(".cw-agenda-grip").dragTo(shown.nth(0));
        assertThat(shown.nth(0)).containsText(CHARGING, within());
        assertThat(page.locator("#agenda-announcer")).hasText("“" + CHARGING + "” is now item 1 of 3.",
                new LocatorAssertions.HasTextOptions().setTimeout(WAIT));
        org.assertj.core.api.Assertions.assertThat(titles(pranee, id)).containsExactly(CHARGING, OPENING, OTHER);
        assertThat(tab.locator("#agenda-items > li.cw-agenda-item").nth(0)).containsText(CHARGING, within());
        screenshot(page, "agenda-dragged-en");
        assertNoSeriousViolations(page, "English agenda after the drag");
    }

    /** The machine is shared: a push or a redraw may take longer than the default five seconds. */
    private static LocatorAssertions.ContainsTextOptions within() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT);
    }

    private List<String> titles(TestUser user, long meetingId) {
        return AsUser.call(user, () -> agendas.agenda(meetingId)).items().stream().map(AgendaItem::title).toList();
    }

    private static void assertNoSeriousViolations(Page p, String where) {
        List<String> serious = new AxeBuilder(p).analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.join(" ", n.getTarget().toString())).toList())
                .toList();
        org.assertj.core.api.Assertions.assertThat(serious).as(where).isEmpty();
    }

    private void setLanguage(String username, String locale) {
        db.update(APP_USER).set(APP_USER.LOCALE, locale).where(APP_USER.USERNAME.eq(username)).execute();
    }

    private TestUser demoUser(String username) {
        return new TestUser(db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchSingle(APP_USER.ID), username, false);
    }

    private BrowserContext signedIn(String username) {
        BrowserContext c = newContext(1280);
        people.add(c);
        Page p = c.newPage();
        loginPage(p).open().signIn(username, LoginPage.DEMO_PASSWORD);
        return c;
    }
}
