package org.councilworkspace.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Axe-core scans of the sign-in page and a council home, and the layout at phone width. */
class AccessibilityIT extends BrowserTest {

    @Test
    void the_sign_in_page_has_no_serious_or_critical_violations() {
        loginPage(page).open();
        page.waitForTimeout(500);
        assertNoSeriousViolations(page);
    }

    @Test
    void a_council_home_has_no_serious_or_critical_violations() {
        loginPage(page).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
        page.locator("vaadin-side-nav-item[path='councils/1']").click();
        page.waitForSelector("#members-by-group");
        assertNoSeriousViolations(page);
        // Council names in the sidebar wrap rather than being cut off, even in a narrow window.
        page.setViewportSize(1024, 768);
        Object cut = page.locator("vaadin-side-nav-item .cw-nav-name").evaluateAll(
                "names => names.filter(n => n.scrollWidth > n.clientWidth + 1).map(n => n.textContent)");
        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) cut).isEmpty();
        org.assertj.core.api.Assertions.assertThat(page.locator("vaadin-side-nav-item .cw-nav-name").count())
                .isPositive();
        screenshot(page, "sidebar-council-names");
    }

    @Test
    void the_plan_pages_have_no_serious_or_critical_violations() {
        loginPage(page).open().signIn("nattaya", LoginPage.DEMO_PASSWORD);
        for (String path : new String[] {"plans/1", "plans/1/sections/3", "plans/1/consensus", "plans/1/versions"}) {
            page.navigate(url(path));
            page.waitForSelector("h1");
            page.waitForTimeout(300);
            assertNoSeriousViolations(page);
        }
        SectionPage.open(page, url(""), 1, "Objectives and targets").edit();
        assertNoSeriousViolations(page);
    }

    @Test
    void pages_fit_a_phone_screen_without_sideways_scrolling() {
        BrowserContext phone = newContext(390);
        try {
            Page p = phone.newPage();
            loginPage(p).open();
            assertThat(overflow(p)).as("sign-in page").isLessThanOrEqualTo(0);
            loginPage(p).signIn("kittisak", LoginPage.DEMO_PASSWORD);
            p.navigate(url("councils/1"));
            p.waitForSelector("#members-by-group");
            assertThat(overflow(p)).as("council home").isLessThanOrEqualTo(0);
            assertThat(p.locator("vaadin-drawer-toggle").isVisible()).isTrue();
            screenshot(p, "council-home-390");
            p.navigate(url("plans/1/sections/3"));
            p.waitForSelector("#section-title");
            assertThat(overflow(p)).as("section page").isLessThanOrEqualTo(0);
            screenshot(p, "section-390");
        } finally {
            phone.close();
        }
    }

    private static int overflow(Page p) {
        return ((Number) p.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    private static void assertNoSeriousViolations(Page p) {
        AxeResults results = new AxeBuilder(p).analyze();
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(AccessibilityIT::describe)
                .toList();
        assertThat(serious).as(p.url()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
