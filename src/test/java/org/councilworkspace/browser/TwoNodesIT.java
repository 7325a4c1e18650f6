package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.councilworkspace.Application;
import org.councilworkspace.testsupport.EmbeddedPostgresConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app nodes sharing one PostgreSQL, as behind a load balancer: a save on one node reaches a reader whose page
 * is served by the other node within a second (NOTIFY from the writer's transaction, LISTEN on every node).
 */
class TwoNodesIT {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void startTwoNodes() {
        String database = "nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var postgres = EmbeddedPostgresConfig.postgres();
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database " + database);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        String url = postgres.getJdbcUrl("postgres", database);
        // The first node loads the demo data into the empty database; the second starts on the same data.
        first = node(url);
        second = node(url);
        boolean system = Files.isExecutable(BrowserTest.SYSTEM_CHROMIUM);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu"));
        if (system) {
            options.setExecutablePath(BrowserTest.SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    private static ConfigurableApplicationContext node(String url) {
        // As command-line arguments: they override application.properties (default properties would not).
        return new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=", "--spring.jooq.sql-dialect=POSTGRES",
                        "--vaadin.launch-browser=false", "--logging.level.org.councilworkspace=warn",
                        "--logging.level.com.vaadin=warn", "--spring.jmx.enabled=false",
                        // Each node keeps its own search index, as two machines would; in memory, since both run here.
                        "--council.search.index-dir=");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port") + "/";
    }

    @Test
    void a_save_on_one_node_is_announced_on_the_other_within_a_second() {
        BrowserContext readerContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        BrowserContext writerContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        try {
            Page reader = readerContext.newPage();
            reader.setDefaultTimeout(20_000);
            new LoginPage(reader, base(second) + "login").open().signIn("wichai", LoginPage.DEMO_PASSWORD);
            SectionPage readerSection = SectionPage.open(reader, base(second), 1, "Global trends");

            Page writer = writerContext.newPage();
            writer.setDefaultTimeout(20_000);
            new LoginPage(writer, base(first) + "login").open().signIn("arunee", LoginPage.DEMO_PASSWORD);
            SectionPage section = SectionPage.open(writer, base(first), 1, "Global trends").edit();
            // Presence crosses nodes too.
            assertThat(reader.locator("#presence")).containsText("Arunee");
            section.type(section.text() + "\n\nSoftware-defined vehicles change what suppliers sell.");
            section.save();
            assertThat(section.body()).containsText("Software-defined vehicles");
            assertThat(readerSection.notice()).containsText("saved revision",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(1_000));
        } finally {
            readerContext.close();
            writerContext.close();
        }
    }
}
