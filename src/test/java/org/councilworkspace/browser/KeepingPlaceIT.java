package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.NewThread;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reader halfway through a comment, with the thread list scrolled and filtered, while the lead drafter saves the
 * section in another browser: the new text is shown, and the comment, its caret and the list stay where they were.
 */
class KeepingPlaceIT extends BrowserTest {

    private static final String SECTION = "Electric-vehicle transition";

    @Autowired CommentService comments;
    @Autowired DSLContext db;

    @Test
    void a_save_by_someone_else_keeps_the_half_written_comment_and_the_thread_list_where_they_were() {
        // Not wichai: the sign-in test of the same run makes him wait after its wrong guesses.
        loginPage(page).open().signIn("supaporn", LoginPage.DEMO_PASSWORD);
        SectionPage reader = SectionPage.open(page, url(""), 1, SECTION);
        long sectionId = Long.parseLong(page.url().replaceFirst("^.*/sections/(\\d+).*$", "$1"));
        // Enough threads for the list to scroll.
        TestUser reader1 = new TestUser(db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("supaporn"))
                .fetchOne(APP_USER.ID), "supaporn", false);
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 1; i <= 14; i++) {
            String body = "Place " + run + " note " + i + ": the charging network needs a milestone for year " + i + ".";
            AsUser.run(reader1, () -> comments.startThread(sectionId, NewThread.onSection(Visibility.COUNCIL, body)));
        }
        page.reload();
        new CommentsPage(page);
        page.locator("#thread-filter-toggle").click();
        page.locator("#thread-mine-filter").click();
        assertThat(page.locator("#thread-filter-summary")).containsText("Mine");
        String showing = page.locator("#thread-filter-summary").innerText();
        Locator list = page.locator("#thread-list");
        assertThat(list.locator(".cw-thread").first()).isVisible();
        list.evaluate("l => l.scrollTop = 400");
        page.waitForCondition(() -> scrollTop(list) >= 300);
        int scrolled = scrollTop(list);

        page.locator("#comment-section").click();
        Locator draft = page.locator("#thread-body textarea");
        String typed = "Half a thought about the charging milestones, to be finished";
        draft.fill(typed);
        // The caret goes back into the middle, as when correcting a word.
        draft.evaluate("a => { a.focus(); a.setSelectionRange(7, 14); }");

        BrowserContext drafterContext = newContext(1280);
        try {
            Page drafter = drafterContext.newPage();
            loginPage(drafter).open().signIn("kittisak", LoginPage.DEMO_PASSWORD);
            SectionPage lead = SectionPage.open(drafter, url(""), 1, SECTION).edit();
            String added = "Charging points along the Eastern Economic Corridor " + run + ".";
            lead.type(lead.text() + "\n\n" + added);
            lead.saveConfirmingIfAsked();
            assertThat(lead.body()).containsText(added);

            assertThat(reader.notice()).isVisible();
            page.locator("#reload-section").click();
            assertThat(reader.body()).containsText(added);
            assertThat(reader.notice()).isHidden();
        } finally {
            drafterContext.close();
        }
        assertThat(draft).hasValue(typed);
        @SuppressWarnings("unchecked")
        List<Number> caret = (List<Number>) draft.evaluate("a => [a.selectionStart, a.selectionEnd]");
        org.assertj.core.api.Assertions.assertThat(caret.stream().map(Number::intValue).toList())
                .containsExactly(7, 14);
        assertThat(page.locator("#thread-filter-summary")).hasText(showing);
        org.assertj.core.api.Assertions.assertThat(scrollTop(list)).isEqualTo(scrolled);
        // The comment is still the reader's to post, on the new text.
        page.locator("#post-thread").click();
        list.evaluate("l => l.scrollTop = 0");
        assertThat(new CommentsPage(page).thread(typed)).hasCount(1);
    }

    private static int scrollTop(Locator list) {
        return ((Number) list.evaluate("l => l.scrollTop")).intValue();
    }
}
