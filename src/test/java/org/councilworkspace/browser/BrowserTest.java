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
        BrowserContext c = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 900).setLocale("en-GB").setTimezoneId("Asia/Bangkok"));
        c.setDefaultTimeout(15_000);
        return c;
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    LoginPage loginPage(Page p) {
        return new LoginPage(p, url("login"));
    }

    void screenshot(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
