package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.APP_USER;
import static org.councilworkspace.db.Tables.PLAN_SECTION;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.councilworkspace.Application;
import org.councilworkspace.deliberation.CommentService;
import org.councilworkspace.deliberation.NewThread;
import org.councilworkspace.deliberation.Visibility;
import org.councilworkspace.search.SearchHit;
import org.councilworkspace.search.SearchQuery;
import org.councilworkspace.search.SearchService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.EmbeddedPostgresConfig;
import org.councilworkspace.testsupport.TestUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app nodes sharing one PostgreSQL, as behind a load balancer: a save on one node reaches a reader whose page
 * is served by the other node within a second (NOTIFY from the writer's transaction, LISTEN on every node), and a
 * comment saved on one is found by a search on the other within two seconds (each node keeps its own index).
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
            // The new text itself comes across, not only the news of it.
            assertThat(readerSection.notice()).containsText("The text was updated by",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(1_000));
            assertThat(readerSection.body()).containsText("Software-defined vehicles",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        } finally {
            readerContext.close();
            writerContext.close();
        }
    }

    @Test
    void a_comment_saved_on_one_node_is_found_by_a_search_on_the_other_within_two_seconds() {
        DSLContext db = first.getBean(DSLContext.class);
        long wichai = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("wichai")).fetchOne().value1();
        long arunee = db.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("arunee")).fetchOne().value1();
        long section = db.select(PLAN_SECTION.ID).from(PLAN_SECTION).where(PLAN_SECTION.TITLE.eq("Global trends"))
                .limit(1).fetchOne().value1();
        // A word that is nowhere else: Thai, written without spaces, as a member would type it.
        String word = "แบตเตอรี่โซเดียม" + "xq" + Long.toString(System.nanoTime(), 36);
        SearchService searchOnSecond = second.getBean(SearchService.class);
        TestUser reader = new TestUser(wichai, "wichai", false);
        // The second node built its index from the database when it started; searches wait for nothing else.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                !AsUser.call(reader, () -> searchOnSecond.search(SearchQuery.of("Global trends"))).hits().isEmpty());
        assertThat(AsUser.call(reader, () -> searchOnSecond.search(SearchQuery.of(word))).hits()).isEmpty();

        AsUser.call(new TestUser(arunee, "arunee", false), () -> first.getBean(CommentService.class)
                .startThread(section, NewThread.onSection(Visibility.COUNCIL, "Sodium batteries: " + word)));
        long saved = System.nanoTime();
        Awaitility.await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(AsUser.call(reader, () -> searchOnSecond.search(SearchQuery.of(word))).hits())
                        .extracting(SearchHit::sectionId).containsExactly(section));
        System.out.printf("found on the other node %d ms after the save%n", (System.nanoTime() - saved) / 1_000_000);
    }
}
