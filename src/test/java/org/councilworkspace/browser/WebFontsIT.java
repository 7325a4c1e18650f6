package org.councilworkspace.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The test browser has no Thai or Japanese font, as many Linux desktops have none: the app's own fonts must then draw
 * those words, on the portal and in the workspace, instead of empty boxes. A font face counts once the browser has
 * loaded it for text on the page.
 */
class WebFontsIT extends BrowserTest {

    private static final String LOADED_FACES = """
            async family => {
              await document.fonts.ready;
              return [...document.fonts].filter(f => f.family.replaceAll('"', '') === family && f.status === 'loaded')
                  .length;
            }""";

    @Test
    void the_portal_in_thai_and_japanese_is_drawn_with_the_apps_fonts() {
        page.navigate(url("public/th"));
        assertThat(loadedFaces(page, "CW Thai")).as("a Thai face loaded for the Thai home page").isPositive();
        screenshot(page, "portal-home-th");
        page.navigate(url("public/ja"));
        assertThat(loadedFaces(page, "CW Japanese")).as("a Japanese face loaded for the Japanese home page").isPositive();
        screenshot(page, "portal-home-ja");
        assertThat(context.cookies()).as("fonts set no cookie").isEmpty();
    }

    @Test
    void the_workspace_of_a_thai_member_is_drawn_with_the_thai_font() {
        loginPage(page).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
        page.waitForSelector("vaadin-app-layout");
        assertThat(loadedFaces(page, "CW Thai")).as("a Thai face loaded for the Thai workspace").isPositive();
        screenshot(page, "home-th");
    }

    @Test
    void a_font_is_served_as_a_cacheable_file_and_nothing_else_is() {
        APIResponse font = context.request().get(url("fonts/Sarabun_400Regular.ttf"));
        assertThat(font.status()).isEqualTo(200);
        assertThat(font.headers().get("content-type")).isEqualTo("font/ttf");
        assertThat(font.headers().get("cache-control")).contains("public", "max-age=86400");
        assertThat(font.headers()).doesNotContainKey("set-cookie");
        assertThat(font.body()).hasSizeGreaterThan(50_000);
        // Whatever answers an address outside the fonts (the workspace's own page), it is never a file beside them.
        APIResponse outside = context.request().get(url("fonts/%2e%2e/application.properties"));
        assertThat(outside.text()).doesNotContain("spring.datasource");
        APIResponse missing = context.request().get(url("fonts/nothing.ttf"));
        assertThat(missing.headers().get("content-type")).doesNotStartWith("font/");
    }

    private static int loadedFaces(Page p, String family) {
        return ((Number) p.evaluate(LOADED_FACES, family)).intValue();
    }
}
