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
 * The section text updates live while people are in the middle of something: a reader halfway through a comment,
 * with the thread list scrolled and filtered and the page scrolled to a paragraph, gets the lead drafter's new text
 * without a click and finds everything where it was; a reader selecting words keeps the selection until it ends;
 * the drafter's own save leaves the comments beside the editor as they were.
 */
class KeepingPlaceIT extends BrowserTest {

    private static final String SECTION = "Electric-vehicle transition";

    /** The element that scrolls the text, found as the page finds it: the nearest scrolling ancestor. */
    private static final String SCROLLER = """
            b => {
              for (let n = b.parentNode; n; n = n.assignedSlot || n.parentNode || n.host) {
                if (n.nodeType === 1 && n !== document.documentElement && n !== document.body) {
                  const o = getComputedStyle(n).overflowY;
                  if ((o === 'auto' || o === 'scroll') && n.scrollHeight > n.clientHeight) { return n; }
                }
              }
              return document.scrollingElement;
            }""";

    @Autowired CommentService comments;
    @Autowired DSLContext db;

    @Test
    void a_save_by_someone_else_appears_by_itself_and_keeps_the_comment_the_list_and_the_paragraph_being_read() {
        // Not wichai: the sign-in test of the same run makes him wait after its wrong guesses.
        loginPage(page).open().signIn("supaporn", LoginPage.DEMO_PASSWORD);
        SectionPage reader = SectionPage.open(page, url(""), 1, SECTION);
        String run = threadsToScroll("supaporn");
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
            // The drafter is on the page first, so that the list of who is here has settled when the place is taken.
            SectionPage lead = editAsDrafter(drafterContext);
            assertThat(page.locator("#presence")).containsText("Kittisak");
            // The page scrolled a little: the text's first paragraph is the one being read.
            String paragraph = reader.body().locator("p").first().innerText();
            reader.body().evaluate("b => { (" + SCROLLER + ")(b).scrollTop = 40; }");
            page.waitForCondition(() -> ((Number) reader.body().evaluate("b => (" + SCROLLER + ")(b).scrollTop"))
                    .intValue() > 0);
            String before = scrolling(reader.body());
            // Where the page found the reader to be, just before the new text: other things on the page (who is
            // here, as people come and go) may move the text between this test's look and the save.
            reader.body().evaluate("b => { const keep = b.__cwLive.keep; b.__cwLive.keep = () => {"
                    + " window.__cwKept = b.__cwLive.anchor; keep(); }; }");

            String added = "Charging points along the Eastern Economic Corridor " + run + ".";
            lead.type(added + "\n\n" + lead.text());
            lead.saveConfirmingIfAsked();

            assertThat(reader.body()).containsText(added);
            String after = scrolling(reader.body());
            org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__cwKept && window.__cwKept.text"))
                    .as("the paragraph being read (%s, then %s)", before, after).isEqualTo(paragraph);
            double readAt = ((Number) page.evaluate("() => window.__cwKept.top")).doubleValue();
            // Without keeping the place, the paragraph would move down by the new paragraph's room. In a whole run
            // other things on the page (who is here, notices) can still move it by a line after the update, so it
            // must stay well within half of that room, not to the pixel.
            double room = top(reader.body(), paragraph) - top(reader.body(), added);
            org.assertj.core.api.Assertions.assertThat(room).as("the new paragraph is above the one being read")
                    .isGreaterThan(20);
            org.assertj.core.api.Assertions.assertThat(top(reader.body(), paragraph))
                    .as("the paragraph being read stays where it was, though a paragraph came above it (%s, then %s)",
                            before, after)
                    .isCloseTo(readAt, org.assertj.core.api.Assertions.within(room / 2));
            org.assertj.core.api.Assertions.assertThat(
                    ((Number) reader.body().evaluate("b => (" + SCROLLER + ")(b).scrollTop")).intValue())
                    .as("scrolled on by the new paragraph's height (%s, then %s)", before, after).isGreaterThan(60);
        } finally {
            drafterContext.close();
        }
        assertThat(reader.notice()).containsText("The text was updated by Kittisak Boonmee");
        assertThat(page.locator("#revision-announcement")).containsText("The text was updated by Kittisak Boonmee");
        assertThat(page.locator("#reload-section")).hasCount(0);
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

    @Test
    void a_reader_selecting_words_keeps_the_selection_and_the_new_text_comes_when_it_ends_in_japanese() {
        loginPage(page).open().signIn("tanaka", LoginPage.DEMO_PASSWORD);
        SectionPage reader = SectionPage.open(page, url(""), 1, SECTION);
        CommentsPage commenting = new CommentsPage(page);
        String words = commenting.firstWords(3);
        commenting.select(words);

        String run = Long.toString(System.nanoTime(), 36);
        String added = "A review of the charging tariffs in " + run + ".";
        saveAsDrafter(text -> text + "\n\n" + added);

        // The page has the news and waits for the selection to end.
        page.waitForCondition(() -> Boolean.TRUE.equals(
                reader.body().evaluate("b => !!(b.__cwLive && b.__cwLive.waiting)")));
        assertThat(reader.body()).not().containsText(added);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.getSelection().toString()"))
                .isEqualTo(words);

        page.evaluate("() => window.getSelection().removeAllRanges()");
        assertThat(reader.body()).containsText(added);
        assertThat(reader.notice()).containsText("Kittisak Boonmee が本文を更新しました");
        assertThat(page.locator("#revision-announcement")).containsText("が本文を更新しました");
    }

    @Test
    void the_drafters_own_save_leaves_the_comments_beside_the_editor_with_their_scroll_and_half_written_comment() {
        loginPage(page).open().signIn("kittisak", LoginPage.DEMO_PASSWORD);
        SectionPage drafter = SectionPage.open(page, url(""), 1, SECTION);
        String run = threadsToScroll("kittisak");
        page.reload();
        new CommentsPage(page);
        drafter.edit();
        Locator panel = page.locator("#comments-panel");
        assertThat(panel).isVisible();
        // Marks this very element: a panel made anew would not carry it.
        panel.evaluate("(p, r) => { p.__keptMark = r; }", run);
        Locator list = page.locator("#thread-list");
        assertThat(list.locator(".cw-thread").first()).isVisible();
        list.evaluate("l => l.scrollTop = 400");
        page.waitForCondition(() -> scrollTop(list) >= 300);
        int scrolled = scrollTop(list);
        String showing = page.locator("#thread-filter-summary").innerText();
        page.locator("#comment-section").click();
        Locator draft = page.locator("#thread-body textarea");
        String typed = "While I revise: the milestone in year 3 needs a source " + run;
        draft.fill(typed);

        String added = "Charging in every provincial city by 2031 " + run + ".";
        drafter.type(drafter.text() + "\n\n" + added);
        drafter.saveConfirmingIfAsked();

        assertThat(drafter.body()).containsText(added);
        assertThat(page.locator("#section-text")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(panel.evaluate("p => p.__keptMark")).isEqualTo(run);
        // The text was hidden under the editor, not made anew: what the page set up on it is still there.
        org.assertj.core.api.Assertions.assertThat(drafter.body().evaluate("b => !!b.__cwLive")).isEqualTo(true);
        assertThat(draft).hasValue(typed);
        assertThat(page.locator("#thread-filter-summary")).hasText(showing);
        org.assertj.core.api.Assertions.assertThat(scrollTop(list)).isEqualTo(scrolled);
    }

    /** The lead drafter, in a browser of his own, saves the section with its text changed as given. */
    private void saveAsDrafter(java.util.function.UnaryOperator<String> change) {
        BrowserContext drafterContext = newContext(1280);
        try {
            SectionPage lead = editAsDrafter(drafterContext);
            lead.type(change.apply(lead.text()));
            lead.saveConfirmingIfAsked();
            assertThat(lead.body()).isVisible();
        } finally {
            drafterContext.close();
        }
    }

    private SectionPage editAsDrafter(BrowserContext drafterContext) {
        Page drafter = drafterContext.newPage();
        loginPage(drafter).open().signIn("kittisak", LoginPage.DEMO_PASSWORD);
        return SectionPage.open(drafter, url(""), 1, SECTION).edit();
    }

    /** How the text's scrolling ancestor stands, to say in a failure. */
    private static String scrolling(Locator body) {
        return (String) body.evaluate("b => { const s = (" + SCROLLER + ")(b); return s.tagName + ' top ' + s.scrollTop"
                + " + ' of ' + s.scrollHeight + ' in ' + s.clientHeight"
                + " + ' kept ' + JSON.stringify(window.__cwKept); }");
    }

    /** Enough threads by this person for the list to scroll; returns the run's mark. */
    private String threadsToScroll(String username) {
        long sectionId = Long.parseLong(page.url().replaceFirst("^.*/sections/(\\d+).*$", "$1"));
        TestUser person = new TestUser(db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOne(APP_USER.ID), username, false);
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 1; i <= 14; i++) {
            String body = "Place " + run + " note " + i + ": the charging network needs a milestone for year " + i + ".";
            AsUser.run(person, () -> comments.startThread(sectionId, NewThread.onSection(Visibility.COUNCIL, body)));
        }
        return run;
    }

    /** Where the paragraph with this text is on the screen. */
    private static double top(Locator body, String paragraph) {
        return ((Number) body.evaluate("(b, t) => Array.from(b.children).find(c => c.innerText === t)"
                + ".getBoundingClientRect().top", paragraph)).doubleValue();
    }

    private static int scrollTop(Locator list) {
        return ((Number) list.evaluate("l => l.scrollTop")).intValue();
    }
}
