package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.NewThread;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.Fixtures;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A member reads a section; while they are away the lead drafter revises it and comments; the member comes back,
 * finds the section marked in the outline and the notice of what changed, opens the changes and marks them seen.
 * On a council of its own, so no other browser test's changes to the demo count.
 */
class LastLookIT extends BrowserTest {

    @Autowired DSLContext db;
    @Autowired CouncilService councils;
    @Autowired PasswordEncoder encoder;
    @Autowired PlanService plans;
    @Autowired OutlineService outline;
    @Autowired DraftingService drafting;
    @Autowired CommentService comments;

    @Test
    void a_member_coming_back_sees_what_changed_since_the_last_look_opens_the_changes_and_marks_them_seen() {
        PlanFixtures fixtures = new PlanFixtures(new Fixtures(db, councils, encoder), plans, outline, drafting);
        PlanWorld w = fixtures.world();
        long section = fixtures.section(w, null, "Export targets");
        fixtures.write(w.lead(), section, "Exports double by 2031.");
        String sectionUrl = url("plans/" + w.planId() + "/sections/" + section);

        loginPage(page).open().signIn(w.member().username(), Fixtures.PASSWORD);
        page.navigate(sectionUrl);
        page.waitForSelector("#section-title");
        Locator notice = page.locator("#last-look-notice");
        assertThat(notice).isHidden();

        fixtures.write(w.lead(), section, "Exports triple by 2031.");
        AsUser.run(w.lead(), () -> comments.startThread(section,
                NewThread.onSection(Visibility.COUNCIL, "Is tripling realistic?")));

        page.navigate(url("plans/" + w.planId()));
        assertThat(page.locator("#outline-grid .cw-changed-since-look")).hasText("Changed: 1 revision");
        page.locator("#outline-grid a").filter(new Locator.FilterOptions().setHasText("Export targets")).first().click();
        page.waitForSelector("#section-title");
        assertThat(notice).isVisible();
        assertThat(notice.locator("#last-look-title")).containsText("Changed since you last looked");
        assertThat(notice.locator("#last-look-summary"))
                .hasText("1 revision by Test " + w.lead().username() + "; 1 new comment");
        assertThat(page.locator("#thread-list .cw-thread-new")).hasText("New");
        Axe.assertNoSeriousViolations(page, "section with changes since the last look");
        screenshot(page, "last-look");

        notice.locator("#last-look-show-changes").click();
        Locator changes = page.locator("vaadin-dialog-overlay .cw-diff-inline");
        assertThat(changes.locator("del")).hasText("double");
        assertThat(changes.locator("ins")).hasText("triple");
        page.locator("#last-look-dialog-mark-seen").click();

        assertThat(notice).isHidden();
        assertThat(page.locator("#thread-list .cw-thread-new")).hasCount(0);
        page.reload();
        page.waitForSelector("#section-title");
        assertThat(page.locator("#thread-list .cw-thread")).hasCount(1);
        assertThat(page.locator("#last-look-notice")).isHidden();
    }
}
