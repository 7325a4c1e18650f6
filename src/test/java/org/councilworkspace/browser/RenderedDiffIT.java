package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import static org.councilworkspace.db.Tables.APP_USER;

import com.microsoft.playwright.Locator;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.MyCouncil;
import org.councilworkspace.plan.DraftingService;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.plan.PlanService;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two plan versions compared, switched from raw Markdown to formatted text and back, in English and Thai; and a
 * change of formatting alone shown as such, labelled in words, in both views.
 */
class RenderedDiffIT extends BrowserTest {

    @Autowired CouncilService councils;
    @Autowired PlanService plans;
    @Autowired OutlineService outline;
    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired DSLContext db;

    @Test
    void words_made_bold_and_a_line_made_a_list_item_are_labelled_as_formatting_not_as_new_words() {
        TestUser pranee = new TestUser(db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("pranee"))
                .fetchSingle(APP_USER.ID), "pranee", false);
        // A plan of its own, so no other test's use of the demo data matters here.
        long[] ids = AsUser.call(pranee, () -> {
            long councilId = councils.myCouncils().stream().filter(c -> c.role() == CouncilRole.SECRETARIAT)
                    .map(MyCouncil::councilId).findFirst().orElseThrow();
            long planId = plans.createPlan(councilId, new NewPlan("Looks " + System.nanoTime(), 2027, 2031, null));
            long section = outline.addSection(planId, null, "Batteries");
            drafting.save(section, null, "Build a battery plant by 2030.\n\nTrain engineers\n", null);
            long before = versions.freeze(planId, false, "v0.1", null);
            drafting.save(section, drafting.section(section).revisionId(),
                    "Build a **battery** plant by 2030.\n\n- Train engineers\n", null);
            long after = versions.freeze(planId, false, "v0.2", null);
            return new long[] {planId, before, after};
        });
        loginPage(page).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
        page.navigate(url("plans/" + ids[0] + "/compare/" + ids[1] + "/" + ids[2]));
        Locator diff = page.locator(".cw-diff").first();
        assertThat(diff.locator(".cw-look-legend")).isVisible();
        Locator labels = diff.locator(".cw-diff-inline small.cw-look-label");
        // pranee reads in Thai.
        assertThat(labels).containsText(new String[] {"รูปแบบ: เพิ่มตัวหนา", "รูปแบบ: ทำเป็นรายการ"});
        assertThat(labels.first()).isVisible();
        assertThat(diff.locator(".cw-diff-inline ins, .cw-diff-inline del")).hasCount(0);

        diff.locator("vaadin-button.cw-diff-rendering").click();

        Locator rendered = diff.locator(".cw-diff-inline.cw-diff-rendered");
        assertThat(rendered.locator("strong .cw-look")).hasText("battery");
        assertThat(rendered.locator("li .cw-look")).hasText("Train engineers");
        assertThat(rendered.locator("small.cw-look-label").first()).isVisible();
        assertThat(rendered.locator("small.cw-look-label").first()).containsText("รูปแบบ: เพิ่มตัวหนา");
        assertThat(rendered.locator("ins, del")).hasCount(0);
        Axe.assertNoSeriousViolations(page, "a change of look in the comparison");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"nattaya, added", "malee, เพิ่ม"})
    void the_comparison_of_two_versions_can_be_read_as_formatted_text_with_the_changes_still_marked(String who,
                                                                                                 String cueWord) {
        loginPage(page).open().signIn(who, LoginPage.DEMO_PASSWORD);
        page.navigate(url("plans/1/versions"));
        page.locator("#compare-versions").click();
        page.waitForSelector("#version-changes");
        Locator changed = page.locator("#version-changes vaadin-details[opened]")
                .filter(new Locator.FilterOptions().setHas(page.locator("ins"))).first();
        Locator toggle = changed.locator("vaadin-button.cw-diff-rendering");
        String asText = toggle.innerText();
        assertThat(changed.locator(".cw-diff-rendered")).hasCount(0);
        String inserted = changed.locator(".cw-diff-inline ins").first().innerText().strip();

        toggle.click();

        Locator rendered = changed.locator(".cw-diff-inline.cw-diff-rendered");
        assertThat(rendered).isVisible();
        assertThat(toggle).not().hasText(asText);
        // Formatted: paragraphs and lists rather than Markdown marks, the same inserted words still marked.
        assertThat(rendered.locator("p, li").first()).isVisible();
        assertThat(rendered.locator("ins").first()).isVisible();
        assertThat(rendered.locator("ins").allInnerTexts().stream().anyMatch(t -> t.contains(inserted))).isTrue();
        // The change is labelled in words before it, not told by colour alone.
        Object cue = rendered.locator("ins").first().evaluate("ins => getComputedStyle(ins, '::before').content");
        assertThat(String.valueOf(cue)).contains(cueWord);
        assertThat(rendered.innerText()).doesNotContain("**");
        Axe.assertNoSeriousViolations(page, "the comparison as formatted text");
        screenshot(page, who.equals("nattaya") ? "compare-versions-as-text" : "compare-versions-as-text-th");

        toggle.click();
        assertThat(changed.locator(".cw-diff-rendered")).hasCount(0);
        assertThat(toggle).hasText(asText);
    }
}
