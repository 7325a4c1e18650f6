package org.councilworkspace.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a random port with the demo data, driven by a real headless Chromium. Uses the
 * system Chromium where there is one (Playwright cannot download its own here), else Playwright's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"it", "demo"})
abstract class BrowserTest {

    static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final Path DOC_IMAGES = Paths.get("docs", "user-guide", "images");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort int port;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run"));
        if (system) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = newContext(1280);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    BrowserContext newContext(int width) {
        return newContext(width, true);
    }

    /** A context with JavaScript off, as the public portal must work for such readers too. */
    BrowserContext newContext(int width, boolean javaScript) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 900).setLocale("en-GB").setTimezoneId("Asia/Bangkok")
                .setJavaScriptEnabled(javaScript));
        c.setDefaultTimeout(15_000);
        return c;
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    LoginPage loginPage(Page p) {
        return new LoginPage(p, url("login"));
    }

    /**
     * A full-page screenshot in target/screenshots, taken once no dialog is still fading in. With
     * {@code -Dcouncil.docs.screenshots=true} the ones the user guide shows (those in docs/user-guide/images) are
     * taken again into the guide, so its pictures are always of the screens as they are.
     */
    void screenshot(Page p, String name) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                p.locator("vaadin-dialog-overlay[opening], vaadin-dialog-overlay[closing]")).hasCount(0);
        Path shot = SCREENSHOTS.resolve(name + ".png");
        try {
            p.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            // Chromium now and then refuses a full-page capture on a busy machine ("Unable to capture screenshot");
            // the picture is evidence, not the assertion, so one capture of the viewport is taken instead.
            p.screenshot(new Page.ScreenshotOptions().setPath(shot));
        }
        Path inGuide = DOC_IMAGES.resolve(name + ".png");
        if (Boolean.getBoolean("council.docs.screenshots") && Files.exists(inGuide)) {
            try {
                Files.copy(shot, inGuide, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
