package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.councilworkspace.testsupport.HostileStrings;
import org.junit.jupiter.api.Test;

/**
 * Whatever a person typed is shown as typed: the hostile-strings corpus (HTML and script injection, angle brackets in
 * prose, SQL, right-to-left text, emoji, Thai, Japanese) typed into a section, a comment and a reply, an amendment
 * (its text and rationale) and a position's reason, and read back from the page after a reload. Markdown may interpret Markdown, so strings with Markdown syntax are left to the
 * renderer's own tests; everything else must come back word for word, and nothing may run.
 */
class ShownExactlyIT extends BrowserTest {

    private static final long AUTOMOTIVE_PLAN = 1;
    /** A section no other browser test reads, so an amendment and an objection on it disturb none of them. */
    private static final String UNTOUCHED_SECTION = "Indicators";
    /** Room for the strings in a rationale or a reason (4,000 characters), with the first line added. */
    private static final int RATIONALE_BUDGET = 3_800;
    /**
     * What Markdown gives a meaning to: inline marks, marks at the start of a line, links and mentions, and character
     * references such as {@code &amp;amp;} (CommonMark shows "&amp;lt;" as "&lt;").
     */
    private static final Pattern MARKDOWN = Pattern.compile(
            "[*_`#\\[\\]!|~\\\\]|^\\s*([>+=-]|\\d+[.)])|https?:|www\\.|@|&#?[A-Za-z0-9]+;");

    @Test
    void hostile_text_in_a_section_is_displayed_exactly_as_typed_after_a_reload() {
        List<String> strings = typable(9_000);
        loginPage(page).open().signIn("nattaya", LoginPage.DEMO_PASSWORD);
        page.onDialog(d -> {
            throw new AssertionError("a script ran: " + d.message());
        });
        SectionPage section = SectionPage.open(page, url(""), AUTOMOTIVE_PLAN, "Standards and testing").edit();
        section.type(section.text() + "\n\n" + String.join("\n\n", strings));
        section.saveConfirmingIfAsked();
        assertThat(section.body()).containsText(strings.get(strings.size() - 1).strip());

        page.reload();
        page.waitForSelector("#section-body");
        assertShown(section.body(), strings);
    }

    @Test
    void hostile_text_in_a_comment_and_a_reply_is_displayed_exactly_as_typed_after_a_reload() {
        List<String> strings = typable(CommentLimit.BODY);
        loginPage(page).open().signIn("supaporn", LoginPage.DEMO_PASSWORD);
        page.onDialog(d -> {
            throw new AssertionError("a script ran: " + d.message());
        });
        SectionPage.open(page, url(""), AUTOMOTIVE_PLAN, "Standards and testing");
        CommentsPage comments = new CommentsPage(page);
        String first = "Shown exactly " + System.nanoTime();
        page.locator("#comment-section").click();
        page.locator("#thread-body textarea").fill(first + "\n\n" + String.join("\n\n", strings));
        comments.post();
        assertThat(comments.thread(first)).isVisible();
        List<String> backwards = new ArrayList<>(strings);
        java.util.Collections.reverse(backwards);
        comments.reply(first, String.join("\n\n", backwards));
        Locator dialog = page.locator("vaadin-dialog-overlay .cw-thread").first();
        assertThat(dialog.locator(".cw-comment")).hasCount(2);

        page.reload();
        new CommentsPage(page).thread(first).first().locator(".cw-thread-open").click();
        Locator thread = page.locator("vaadin-dialog-overlay .cw-thread").first();
        assertThat(thread.locator(".cw-comment")).hasCount(2);
        assertShown(thread.locator(".cw-comment").nth(0), strings);
        assertShown(thread.locator(".cw-comment").nth(1), strings);
    }

    @Test
    void hostile_text_in_an_amendment_and_its_rationale_is_displayed_exactly_as_typed_after_a_reload() {
        List<String> strings = typable(RATIONALE_BUDGET);
        loginPage(page).open().signIn("wichai", LoginPage.DEMO_PASSWORD);
        page.onDialog(d -> {
            throw new AssertionError("a script ran: " + d.message());
        });
        SectionPage.open(page, url(""), AUTOMOTIVE_PLAN, UNTOUCHED_SECTION);
        String first = "Shown exactly " + System.nanoTime();
        page.locator("#propose-amendment").click();
        Locator text = page.locator("#amendment-text textarea");
        // Pasted, and straight on to the rationale and the button: the proposal must be what the field shows.
        text.fill(text.inputValue() + "\n\n" + first + "\n\n" + String.join("\n\n", strings));
        List<String> backwards = new ArrayList<>(strings);
        java.util.Collections.reverse(backwards);
        page.locator("#amendment-rationale textarea").fill(first + "\n\n" + String.join("\n\n", backwards));
        page.locator("#submit-amendment").click();
        Locator proposed = page.locator(".cw-amendment").filter(new Locator.FilterOptions().setHasText(first));
        // Saving and diffing a section's worth of hostile strings took over the default 5 s in a full run on the
        // shared machine; what is tested is the text shown, not the speed.
        assertThat(proposed).hasCount(1, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                .setTimeout(30_000));
        String id = proposed.getAttribute("id");

        page.reload();
        Locator card = page.locator("#" + id);
        assertShown(card.locator(".cw-amendment-rationale"), strings);
        assertShown(card.locator(".cw-amendment-diff"), strings);
        // As formatted text the words are rendered as the section's text is: still every one of them.
        card.locator(".cw-diff-rendering").click();
        assertThat(card.locator(".cw-amendment-diff.cw-diff-rendered")).hasCount(1);
        assertShown(card.locator(".cw-amendment-diff"), strings);

        page.navigate(url("plans/" + AUTOMOTIVE_PLAN + "/amendments/" + id.substring("amendment-".length())));
        assertShown(page.locator("#amendment-rationale-text"), strings);
        assertShown(page.locator(".cw-amendment-diff"), strings);
    }

    @Test
    void hostile_text_in_a_position_reason_is_displayed_exactly_as_typed_after_a_reload() {
        List<String> strings = typable(RATIONALE_BUDGET);
        loginPage(page).open().signIn("wichai", LoginPage.DEMO_PASSWORD);
        page.onDialog(d -> {
            throw new AssertionError("a script ran: " + d.message());
        });
        SectionPage.open(page, url(""), AUTOMOTIVE_PLAN, UNTOUCHED_SECTION);
        String first = "Shown exactly " + System.nanoTime();
        page.locator("#section-change-position").click();
        page.locator("#section-position vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Object"))
                .first().click();
        page.locator("#section-position-reason textarea").fill(first + "\n\n" + String.join("\n\n", strings));
        page.locator("#save-position").click();
        assertThat(page.locator("#section-position-reason-shown")).containsText(first);

        page.reload();
        assertShown(page.locator("#section-position-reason-shown"), strings);
        new ShellPage(page).signOut();

        // The chair reads every member's reason in full in the section's positions.
        loginPage(page).open().signIn("somchai", LoginPage.DEMO_PASSWORD);
        page.navigate(url("plans/" + AUTOMOTIVE_PLAN + "/consensus"));
        page.locator("vaadin-button.cw-matrix-details[aria-label*='" + UNTOUCHED_SECTION + "']").click();
        Locator reason = page.locator("vaadin-grid-cell-content .position-reason")
                .filter(new Locator.FilterOptions().setHasText(first));
        assertThat(reason).hasCount(1);
        assertShown(reason, strings);
    }

    /** Each string must appear in what the person sees (white space runs count as one, as on any web page). */
    private static void assertShown(Locator where, List<String> strings) {
        String shown = squeeze(where.innerText());
        List<String> missing = new ArrayList<>();
        for (String s : strings) {
            if (!shown.contains(squeeze(s))) {
                missing.add(s);
            }
        }
        assertThat(missing).as("typed but not shown").isEmpty();
        assertThat(where.locator("script, iframe, object, embed, [onerror], [onload], [onclick]").count()).isZero();
    }

    private static String squeeze(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /**
     * The corpus strings a person could type into a one-field text as they are: single-line, not Markdown, accepted
     * by the text rules, at most 200 characters, as many as fit in the given length.
     */
    private static List<String> typable(int budget) {
        List<String> out = new ArrayList<>();
        int used = 0;
        for (String s : HostileStrings.all()) {
            Optional<String> stored = HostileStrings.expectedLine(s, 200);
            if (stored.isEmpty() || !stored.get().equals(s) || s.isBlank() || MARKDOWN.matcher(s).find()
                    || s.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT
                            || Character.getType(c) == Character.PRIVATE_USE || Character.getType(c) == Character.SURROGATE)) {
                continue;
            }
            if (used + s.length() + 2 > budget) {
                break;
            }
            out.add(s);
            used += s.length() + 2;
        }
        assertThat(out).hasSizeGreaterThan(50);
        return out;
    }

    /** Room for the strings in one comment, below the comment's limit with the first line added. */
    private static final class CommentLimit {
        static final int BODY = org.councilworkspace.deliberation.CommentService.MAX_COMMENT - 200;
    }
}
