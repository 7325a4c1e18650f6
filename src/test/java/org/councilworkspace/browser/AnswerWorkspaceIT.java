package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.councilworkspace.consultation.ConsultationRound;
import org.councilworkspace.consultation.NewRound;
import org.councilworkspace.consultation.NewSubmission;
import org.councilworkspace.consultation.PublicConsultation;
import org.councilworkspace.consultation.RoundKind;
import org.councilworkspace.consultation.RoundSection;
import org.councilworkspace.consultation.RoundService;
import org.councilworkspace.council.OrganizationType;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat answers a round's submissions in the workspace at 1366 px: one after another with "next
 * unanswered", and three similar ones with one answer together. The round is its own, closed before answering, so
 * the demo's rounds that other browser tests use stay as they are.
 */
class AnswerWorkspaceIT extends BrowserTest {

    @Autowired RoundService rounds;
    @Autowired PublicConsultation publicSide;
    @Autowired DSLContext db;

    @Test
    void the_secretariat_answers_ten_submissions_with_next_and_a_group_answer_at_1366_px() {
        long roundId = roundWithComments();
        BrowserContext wide = newContext(1366);
        try {
            Page p = wide.newPage();
            loginPage(p).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
            p.navigate(url("consultations/" + roundId));
            try {
                // The first visit of the route may take long on a busy machine.
                p.waitForSelector("#round-progress", new Page.WaitForSelectorOptions().setTimeout(60_000));
            } catch (com.microsoft.playwright.PlaywrightException e) {
                screenshot(p, "answer-workspace-not-shown");
                throw e;
            }
            assertThat(p.locator("#round-progress")).containsText("0 ");
            org.assertj.core.api.Assertions.assertThat(((Number) p.evaluate(
                    "(() => { const t = document.querySelector('#submissions-grid').$.table;"
                            + " return t.scrollWidth - t.clientWidth; })()")).intValue())
                    .as("the grid needs no horizontal scrolling at 1366 px").isLessThanOrEqualTo(0);

            // Three similar comments, one answer for all of them.
            // The first checkbox is the header's "select all"; the rows' follow in grid order.
            for (int row = 1; row <= 3; row++) {
                p.locator("#submissions-grid vaadin-grid-cell-content vaadin-checkbox").nth(row).click();
            }
            p.locator("#answer-selected-together").click();
            choose(p, "#response-disposition", "รับไว้");
            // The council's template for the disposition is filled in, in the council's language.
            assertThat(p.locator("#response-reasoning textarea")).not().hasValue("");
            p.locator("#response-save").click();
            assertThat(p.locator("#answer-count-ADOPTED")).containsText("3");

            // Then the rest one after another, without going back to the list.
            p.locator("#answer-first-unanswered").click();
            for (int answered = 3; answered < 12; answered++) {
                assertThat(p.locator("#submission-detail")).isVisible();
                if (answered == 3) {
                    assertThat(p.locator("#submission-section-text")).isVisible();
                    p.waitForTimeout(300);
                    assertAccessible(p);
                    screenshot(p, "consultation-answer-workspace");
                }
                choose(p, "#response-disposition", "รับทราบ");
                p.locator("#answer-save-next").click();
                assertThat(p.locator("#answer-count-NOTED")).containsText(Integer.toString(answered - 2));
            }
            assertThat(p.locator("#answer-count-unanswered")).containsText("0");
            assertThat(p.locator("#submission-detail")).hasCount(0);
        } finally {
            wide.close();
        }
    }

    @Test
    void a_thai_screen_of_a_buddhist_era_council_picks_dates_in_the_buddhist_era() {
        BrowserContext wide = newContext(1366);
        try {
            Page p = wide.newPage();
            loginPage(p).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
            p.navigate(url("councils/1/consultations"));
            p.locator("#new-round").click();
            int buddhistYear = java.time.Year.now(java.time.ZoneId.of("Asia/Bangkok")).getValue() + 543;
            assertThat(p.locator("#round-opens [slot='date-picker'] input"))
                    .hasValue(java.util.regex.Pattern.compile("^\\d{1,2}/\\d{1,2}/" + buddhistYear + "$"));
            var closes = p.locator("#round-closes [slot='date-picker'] input");
            closes.fill("1/3/2570");
            // Tab, not Enter: Enter in a dialog may press its default button.
            closes.press("Tab");
            // A Buddhist Era date is read and written back as one.
            assertThat(closes).hasValue("1/3/2570");
            assertThat(p.locator("#round-closes [slot='date-picker']")).not().hasAttribute("invalid", "");
            closes.click();
            assertThat(p.getByText("มีนาคม พ.ศ. 2570").first()).isVisible();
            screenshot(p, "consultation-round-buddhist-era-picker");
        } finally {
            wide.close();
        }
    }

    private static void assertAccessible(Page p) {
        var results = new com.deque.html.axecore.playwright.AxeBuilder(p).analyze();
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
        org.assertj.core.api.Assertions.assertThat(serious).as(p.url()).isEmpty();
    }

    /** A public round on the demo plan's latest version with twelve comments, the first three alike; then closed. */
    private long roundWithComments() {
        TestUser pranee = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("pranee"))
                .fetchOne(r -> new TestUser(r.value1(), "pranee", false));
        return AsUser.call(pranee, () -> {
            // Whatever state the demo's rounds are in (another browser test closes the open one), the newest
            // round names the plan's latest version.
            ConsultationRound open = rounds.rounds(1).stream()
                    .max(java.util.Comparator.comparingLong(ConsultationRound::planVersionId)).orElseThrow();
            long id = rounds.createRound(1, new NewRound(open.planVersionId(), "Answering workspace round", null,
                    RoundKind.PUBLIC, java.time.OffsetDateTime.now().minusMinutes(1), null, List.of()));
            rounds.openNow(id);
            List<RoundSection> sections = rounds.sections(id);
            for (int i = 0; i < 12; i++) {
                String text = i < 3 ? "Please add a battery recycling target" + ".".repeat(i + 1)
                        : "Comment number " + i + " on the plan's targets.";
                publicSide.submit(id, new NewSubmission("Person " + i, null, OrganizationType.INDIVIDUAL,
                        "person" + i + "@example.org", sections.get(i % sections.size()).sectionId(), text, true, null,
                        null, null), "workspace-it-" + i + "-" + System.nanoTime());
            }
            rounds.closeNow(id, "Closed for the browser test of the answering workspace.");
            return id;
        });
    }

    private static void choose(Page p, String select, String label) {
        p.locator(select + " vaadin-select-value-button").click();
        p.getByRole(com.microsoft.playwright.options.AriaRole.OPTION, new Page.GetByRoleOptions().setName(label)
                .setExact(true)).click();
    }
}
