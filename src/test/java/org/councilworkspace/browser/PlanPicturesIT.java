package org.councilworkspace.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.council.MyCouncil;
import org.councilworkspace.plan.NewPlan;
import org.councilworkspace.plan.OutlineNode;
import org.councilworkspace.plan.OutlineService;
import org.councilworkspace.planimport.ImportPreview;
import org.councilworkspace.planimport.ImportService;
import org.councilworkspace.planimport.Pictures;
import org.councilworkspace.security.CouncilRole;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A picture imported with a Word document, through the whole app: the section page shows it (the browser loads it
 * from the workspace's address with the member's session), and a member of another council gets 404 for it.
 */
class PlanPicturesIT extends BrowserTest {

    @Autowired ImportService imports;
    @Autowired CouncilService councils;
    @Autowired OutlineService outline;
    @Autowired DSLContext db;

    private TestUser demoUser(String username) {
        return new TestUser(db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchSingle(APP_USER.ID), username, false);
    }

    @Test
    void a_member_sees_the_imported_picture_and_a_member_of_another_council_is_told_it_is_not_there() {
        TestUser pranee = demoUser("pranee");
        // A plan of its own, so no other test's use of the demo data matters here.
        long[] ids = AsUser.call(pranee, () -> {
            long councilId = councils.myCouncils().stream().filter(c -> c.role() == CouncilRole.SECRETARIAT)
                    .map(MyCouncil::councilId).findFirst().orElseThrow();
            ImportPreview preview = imports.preview(councilId, "Charts.docx",
                    Pictures.docx("Exports", Pictures.png(9), "A bar chart"));
            long planId = imports.createPlan(councilId, new NewPlan("Charts " + System.nanoTime(), 2027, 2031, null),
                    preview);
            OutlineNode section = outline.outline(planId, false).get(0);
            return new long[] {planId, section.sectionId()};
        });

        loginPage(page).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
        page.navigate(url("plans/" + ids[0] + "/sections/" + ids[1]));
        var picture = page.locator(".cw-markdown img[alt='A bar chart']").first();
        picture.waitFor();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", picture.elementHandle());
        assertThat(picture.evaluate("img => img.naturalWidth")).isEqualTo(80);
        String src = (String) picture.getAttribute("src");
        assertThat(src).matches("/plan-images/\\d+");

        APIResponse served = page.request().get(url(src.substring(1)));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.headers()).containsEntry("content-type", "image/png");
        assertThat(served.headers().get("x-content-type-options")).contains("nosniff");
        String etag = served.headers().get("etag");
        assertThat(etag).startsWith("\"");
        assertThat(page.request().get(url(src.substring(1)), RequestOptions.create().setHeader("If-None-Match", etag))
                .status()).isEqualTo(304);

        BrowserContext other = newContext(1280);
        try {
            Page outsider = other.newPage();
            loginPage(outsider).open().signIn("sato", LoginPage.DEMO_PASSWORD);
            assertThat(outsider.request().get(url(src.substring(1))).status()).isEqualTo(404);
        } finally {
            other.close();
        }
        BrowserContext anonymous = newContext(1280);
        try {
            APIResponse nobody = anonymous.request().get(url(src.substring(1)),
                    RequestOptions.create().setMaxRedirects(0));
            assertThat(nobody.status()).isNotEqualTo(200);
        } finally {
            anonymous.close();
        }
    }
}
