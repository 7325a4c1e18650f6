package org.councilworkspace.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.db.Tables.CONSULTATION_SUBMISSION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.councilworkspace.benchmark.PortalLoadFigures.Step;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.io.FileSystemResource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * The portal over HTTP, with Gatling ({@link PortalSimulation}) against the app on a random port with the demo data,
 * on an H2 file database as the app runs by default. The reference is a static file of exactly the portal page's
 * bytes, written to a folder the same server serves with Spring's static file handler, under {@code /public} (so it
 * passes the portal's filter chain and ETag filter too), and measured in the same run. Prints page weights, throughput of page against file,
 * p95 at 200 and 1,000 readers, the heap and the sessions after 10,000 distinct readers, and the comment intake rate
 * with every receipt checked in the database. Run with {@code ./mvnw -Pbenchmark verify -Dtest=PortalBenchmark};
 * {@code -Dportal.seconds} (each throughput step, 30), {@code -Dportal.readers} (10,000) over
 * {@code -Dportal.readerSeconds} (60), {@code -Dportal.perSecond} (100) comments for {@code -Dportal.submissionSeconds}
 * (60) change its length.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                // Comments come through the proxy in front, which names each person's address (see the ops guide).
                "server.forward-headers-strategy=native",
                "logging.level.org.springframework=warn"})
@ActiveProfiles({"it", "demo"})
class PortalBenchmark {

    static final Path FOLDER = Path.of("target", "portal-benchmark").toAbsolutePath();
    static final String STATIC_FOLDER = "/public/benchmark/";
    static final String STATIC_PATH = STATIC_FOLDER + "reference.html";
    static final int SECONDS = Integer.getInteger("portal.seconds", 30);
    static final int READERS = Integer.getInteger("portal.readers", 10_000);
    static final int READER_SECONDS = Integer.getInteger("portal.readerSeconds", 60);
    static final int PER_SECOND = Integer.getInteger("portal.perSecond", 100);
    static final int SUBMISSION_SECONDS = Integer.getInteger("portal.submissionSeconds", 60);
    static final long KEEP_ALIVE_MILLIS = 25_000;

    @LocalServerPort int port;
    @Autowired ServletWebServerApplicationContext context;
    @Autowired DSLContext db;

    @DynamicPropertySource
    static void fileDatabaseAndStaticFolder(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.deleteRecursively(FOLDER);
        Files.createDirectories(FOLDER.resolve("static"));
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + FOLDER.resolve("db").resolve("council")
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
    }

    /**
     * Spring's own static file handler for the reference, in this server. Under {@code /public} the portal answers
     * every address it does not know with its 404 page, so the handler is asked before the portal's controllers.
     */
    @TestConfiguration
    static class ReferenceFile {

        @Bean
        ResourceHttpRequestHandler referenceFiles() {
            ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
            handler.setLocations(List.of(new FileSystemResource(FOLDER.resolve("static").toString() + "/")));
            return handler;
        }

        @Bean
        SimpleUrlHandlerMapping referenceFileMapping(ResourceHttpRequestHandler referenceFiles) {
            return new SimpleUrlHandlerMapping(Map.of(STATIC_FOLDER + "**", referenceFiles), Ordered.HIGHEST_PRECEDENCE);
        }
    }

    @Test
    void the_portal_page_against_a_static_file_of_its_size_then_readers_heap_and_comment_intake() throws IOException {
        PortalPageWeights site = new PortalPageWeights("http://localhost:" + port);
        String portalPath = site.heaviestVersionPage();
        String roundPath = site.openRoundPage();
        byte[] page = site.get(portalPath).body();
        Path reference = FOLDER.resolve("static").resolve("reference.html");
        Files.createDirectories(reference.getParent());
        Files.write(reference, page);
        PortalPageWeights.Fetched served = site.get(STATIC_PATH);
        assertThat(served.status()).as("the reference file is served").isEqualTo(200);
        assertThat(served.body()).hasSameSizeAs(page);

        pageWeights(site);
        System.out.printf("BENCHMARK portal page %s and its static reference %s: %,d bytes each%n", portalPath,
                STATIC_PATH, page.length);

        Map<String, String> common = Map.of("baseUrl", "http://localhost:" + port, "portalPath", portalPath,
                "staticPath", STATIC_PATH, "roundPath", roundPath, "readers", String.valueOf(READERS),
                "perSecond", String.valueOf(PER_SECOND));
        gatling("throughput", SECONDS, common);
        Step static1 = PortalLoadFigures.step(PortalSimulation.STATIC_1);
        Step static2 = PortalLoadFigures.step(PortalSimulation.STATIC_2);
        Step portal1 = PortalLoadFigures.step(PortalSimulation.PORTAL_1);
        Step portal2 = PortalLoadFigures.step(PortalSimulation.PORTAL_2);
        for (Step s : new Step[] {static1, portal1, portal2, static2}) {
            assertThat(s.ok()).as("every step was answered").isPositive();
        }
        print(PortalSimulation.STATIC_1, static1);
        print(PortalSimulation.PORTAL_1, portal1);
        print(PortalSimulation.PORTAL_2, portal2);
        print(PortalSimulation.STATIC_2, static2);
        print(PortalSimulation.PORTAL_1000, PortalLoadFigures.step(PortalSimulation.PORTAL_1000));
        double staticRate = (static1.perSecond() + static2.perSecond()) / 2;
        double portalRate = (portal1.perSecond() + portal2.perSecond()) / 2;
        System.out.printf("BENCHMARK portal page throughput / static file (reference, same run): %.0f / %.0f requests/s "
                + "= %.0f %% (pairs: %.0f %%, %.0f %%)%n", portalRate, staticRate, 100 * portalRate / staticRate,
                100 * portal1.perSecond() / static1.perSecond(), 100 * portal2.perSecond() / static2.perSecond());
        PortalLoadFigures.clear();

        readers(common);

        long roundId = Long.parseLong(roundPath.substring(roundPath.lastIndexOf('/') + 1));
        int storedBefore = db.fetchCount(CONSULTATION_SUBMISSION, CONSULTATION_SUBMISSION.ROUND_ID.eq(roundId));
        gatling("submissions", SUBMISSION_SECONDS, common);
        Step sent = PortalLoadFigures.step(PortalSimulation.SUBMISSION);
        Set<String> receipts = PortalLoadFigures.receipts();
        Set<String> stored = new HashSet<>(db.select(CONSULTATION_SUBMISSION.RECEIPT_NO).from(CONSULTATION_SUBMISSION)
                .where(CONSULTATION_SUBMISSION.ROUND_ID.eq(roundId)).fetch(CONSULTATION_SUBMISSION.RECEIPT_NO));
        print(PortalSimulation.SUBMISSION, sent);
        int storedNew = stored.size() - storedBefore;
        System.out.printf("BENCHMARK comments offered %d a second for %d s: %,d receipts shown (%.1f a second), %,d "
                + "refused or not answered in time; stored in the round: %,d new, every receipt shown among them: %s, "
                + "stored but the answer not awaited (the client gave up after 60 s): %,d%n", PER_SECOND,
                SUBMISSION_SECONDS, sent.ok(), sent.perSecond(), sent.failed(), storedNew, stored.containsAll(receipts),
                storedNew - receipts.size());
        assertThat(receipts).as("a receipt for every comment accepted").hasSize((int) sent.ok());
        assertThat(stored).as("every receipt shown is a stored comment").containsAll(receipts);
        assertThat(storedNew).as("nothing stored beyond what was sent").isBetween(receipts.size(), PER_SECOND * SUBMISSION_SECONDS);
    }

    /**
     * Two batches of distinct readers, the heap after a full GC before and after each (the first batch may still grow
     * what is bounded: thread pool, connection buffers, caches; the second shows whether anything keeps growing).
     */
    private void readers(Map<String, String> common) {
        Manager sessions = sessionManager();
        long sessionsBefore = sessions.getSessionCounter();
        HeapHistogram before = HeapHistogram.take();
        HeapHistogram previous = before;
        for (int batch = 1; batch <= 2; batch++) {
            gatling("readers", READER_SECONDS, common);
            Step home = PortalLoadFigures.step(PortalSimulation.READER_HOME);
            Step plan = PortalLoadFigures.step(PortalSimulation.READER_PAGE);
            print(PortalSimulation.READER_HOME + ", batch " + batch, home);
            print(PortalSimulation.READER_PAGE + ", batch " + batch, plan);
            assertThat(home.ok() + home.failed()).as("every reader came").isEqualTo(READERS);
            PortalLoadFigures.clear();
            HeapHistogram after = HeapHistogram.take();
            long created = sessions.getSessionCounter() - sessionsBefore;
            System.out.printf("BENCHMARK after %,d distinct anonymous readers: HTTP sessions created %d, open %d; live "
                    + "heap after a full GC %,d KB at once (before the readers %,d KB)%n", batch * READERS, created,
                    sessions.getActiveSessions(), after.total() / 1024, before.total() / 1024);
            // The readers' kept-alive connections close after the server's keep-alive timeout (20 s).
            sleep(KEEP_ALIVE_MILLIS);
            HeapHistogram settled = HeapHistogram.take();
            System.out.printf("BENCHMARK   %d s later, their connections closed: %,d KB (this batch %+,d KB, %+,d bytes "
                    + "a reader); grew most: %s%n", KEEP_ALIVE_MILLIS / 1000, settled.total() / 1024,
                    (settled.total() - previous.total()) / 1024, (settled.total() - previous.total()) / READERS,
                    String.join(", ", settled.grownSince(previous, 6)));
            previous = settled;
            assertThat(created).as("no reader got a session").isZero();
        }
    }

    private void pageWeights(PortalPageWeights site) {
        Map<String, PortalPageWeights.Fetched> pages = site.mainPages();
        int css = pages.get("style sheet (every page)").body().length;
        pages.forEach((name, fetched) -> {
            assertThat(fetched.setsCookie()).as(name + " sets no cookie").isFalse();
            boolean sheet = fetched.path().endsWith(".css");
            System.out.printf("BENCHMARK page weight %-55s %-35s %,8d bytes%s%n", name, fetched.path(),
                    fetched.body().length, sheet ? "" : String.format(", with the style sheet %,8d, scripts %d",
                            fetched.body().length + css, fetched.scripts()));
        });
    }

    /** Runs one part of {@link PortalSimulation} in this JVM; its report lands in target/portal-benchmark/gatling. */
    private static void gatling(String phase, int seconds, Map<String, String> settings) {
        settings.forEach((key, value) -> System.setProperty("portal.load." + key, value));
        System.setProperty("portal.load.phase", phase);
        System.setProperty("portal.load.seconds", String.valueOf(seconds));
        int exit = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", PortalSimulation.class.getName(),
                "--results-folder", FOLDER.resolve("gatling").toString(),
                "--run-description", "portal benchmark, " + phase});
        assertThat(exit).as("Gatling ran the " + phase + " part").isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Manager sessionManager() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        return ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
    }

    private static void print(String name, Step step) {
        System.out.printf("BENCHMARK %-45s %,8d answers %6.0f/s   p50 %5d ms   p95 %5d ms   p99 %5d ms   errors %d%n",
                name, step.ok(), step.perSecond(), step.percentile(50), step.percentile(95), step.percentile(99),
                step.failed());
    }
}
