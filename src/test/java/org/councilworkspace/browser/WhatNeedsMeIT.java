package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A member signs in and finds on the home page what waits for them, in their own language, and follows a link. */
class WhatNeedsMeIT extends BrowserTest {

    @Test
    void an_english_speaking_member_sees_positions_to_give_and_the_link_opens_the_consensus_page() {
        loginPage(page).open().signIn("wichai", LoginPage.DEMO_PASSWORD);
        HomeTasksPage home = new HomeTasksPage(page).open(url(""));
        assertThat(home.heading()).hasText("What needs you");
        Locator positions = home.tasks("POSITIONS_TO_GIVE").first();
        assertThat(positions).containsText(Pattern.compile("\\d+ sections? awaits? your position in"));
        noSeriousViolations();
        screenshot(page, "what-needs-me");

        String href = positions.getAttribute("href");
        positions.click();
        page.waitForURL(Pattern.compile(".*/" + Pattern.quote(href) + "$"));
        assertThat(href).matches("plans/\\d+/consensus");
    }

    @Test
    void a_japanese_speaking_member_reads_the_same_tasks_in_japanese() {
        loginPage(page).open().signIn("tanaka", LoginPage.DEMO_PASSWORD);
        HomeTasksPage home = new HomeTasksPage(page).open(url(""));
        assertThat(home.heading()).hasText("あなたの対応が必要なこと");
        assertThat(home.tasks("POSITIONS_TO_GIVE").first()).containsText("があなたの立場の表明を待っています");
        noSeriousViolations();
    }

    @Test
    void an_observer_is_asked_for_no_position_and_the_council_page_says_why_nothing_is_editable() {
        loginPage(page).open().signIn("malee", LoginPage.DEMO_PASSWORD);
        HomeTasksPage home = new HomeTasksPage(page).open(url(""));
        assertThat(home.heading()).isVisible();
        assertThat(home.tasks("POSITIONS_TO_GIVE")).hasCount(0);
        page.navigate(url("councils/1"));
        page.waitForSelector("#members-by-group");
        assertThat(page.locator("#observer-notice")).isVisible();
        noSeriousViolations();
    }

    private void noSeriousViolations() {
        List<String> serious = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        assertThat(serious).as(page.url()).isEmpty();
    }
}
