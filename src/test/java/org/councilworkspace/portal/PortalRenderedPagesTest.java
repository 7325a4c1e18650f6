package org.councilworkspace.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.councilworkspace.plan.PublishedPlans;
import org.councilworkspace.plan.VersionService;
import org.councilworkspace.testsupport.AsUser;
import org.councilworkspace.testsupport.MutableClock;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.DigestUtils;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

@ServiceTest
@AutoConfigureMockMvc
class PortalRenderedPagesTest {

    @Autowired MockMvc mvc;
    @Autowired PlanFixtures planFixtures;
    @Autowired VersionService versions;
    @Autowired PublishedPlans published;
    @Autowired RenderedPages rendered;
    @Autowired MutableClock clock;

    @Test
    void a_version_page_read_again_is_the_same_page_and_a_new_publication_shows_on_it_within_seconds() throws Exception {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "The first published text.");
        long first = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v1.0 for the portal", null));
        AsUser.run(w.secretariat(), () -> published.publish(first));
        String path = "/public/en/versions/" + first;

        MockHttpServletResponse once = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        int remembered = rendered.size();
        MockHttpServletResponse again = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(again.getContentAsString()).isEqualTo(once.getContentAsString()).contains("The first published text.");
        assertThat(again.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(again.getHeader("Cache-Control")).contains("public", "max-age=");
        assertThat(again.getHeader("ETag")).isEqualTo(once.getHeader("ETag"));
        assertThat(rendered.size()).as("the second reading rendered nothing new").isEqualTo(remembered);

        planFixtures.write(w.lead(), section, "The second published text.");
        long second = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v2.0 for the portal", null));
        AsUser.run(w.secretariat(), () -> published.publish(second));
        clock.advance(Duration.ofSeconds(6));
        String after = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("The first published text.", "v2.0 for the portal", "/public/en/versions/" + second);
        assertThat(mvc.perform(get("/public/ja/versions/" + first)).andReturn().getResponse().getContentAsString())
                .contains("<html lang=\"ja\"", "v2.0 for the portal");
    }

    @Test
    void the_plan_and_home_pages_carry_the_etag_of_their_bytes_answer_not_modified_and_change_with_a_publication()
            throws Exception {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "The text before: ไทย, 日本語.");
        long first = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v1.0 kept", null));
        AsUser.run(w.secretariat(), () -> published.publish(first));
        for (String path : new String[] {"/public/en/versions/" + first, "/public/th"}) {
            MockHttpServletResponse page = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
            byte[] body = page.getContentAsByteArray();
            assertThat(page.getHeader("ETag")).as(path).isEqualTo(etagOf(body));
            assertThat(page.getContentLength()).as(path + ": sent whole, with its length").isEqualTo(body.length);
            MockHttpServletResponse again = mvc.perform(get(path).header("If-None-Match", page.getHeader("ETag")))
                    .andExpect(status().isNotModified()).andReturn().getResponse();
            assertThat(again.getContentAsByteArray()).as(path).isEmpty();
            assertThat(again.getHeader("ETag")).as(path).isEqualTo(page.getHeader("ETag"));
        }
        MockHttpServletResponse council = mvc.perform(get("/public/en/councils/" + w.councilId())).andReturn().getResponse();
        assertThat(council.getHeader("ETag")).as("other pages keep the filter's ETag")
                .isEqualTo(etagOf(council.getContentAsByteArray()));

        String path = "/public/en/versions/" + first;
        String before = mvc.perform(get(path)).andReturn().getResponse().getHeader("ETag");
        planFixtures.write(w.lead(), section, "The text after.");
        long second = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v2.0 kept", null));
        AsUser.run(w.secretariat(), () -> published.publish(second));
        clock.advance(Duration.ofSeconds(6));
        MockHttpServletResponse after = mvc.perform(get(path).header("If-None-Match", before))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(after.getContentAsString()).contains("v2.0 kept");
        assertThat(after.getHeader("ETag")).isNotEqualTo(before).isEqualTo(etagOf(after.getContentAsByteArray()));
    }

    @Test
    void a_page_is_kept_as_bytes_with_its_etag_made_once_until_it_is_read_again() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        MutableClock time = new MutableClock(Instant.parse("2027-03-01T09:00:00Z"));
        RenderedPages pages = new RenderedPages(engine, 100_000, 5, time);
        String html = "<p>แผน 計画 plan</p>";
        RenderedPages.Served first = pages.served("version 7", html, null, time.instant());
        assertThat(first.body()).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
        assertThat(first.etag()).isEqualTo(etagOf(first.body()));
        time.advance(Duration.ofSeconds(4));
        assertThat(pages.recent("version 7")).as("the very bytes and ETag, not made again").isSameAs(first);
        time.advance(Duration.ofSeconds(1));
        assertThat(pages.recent("version 7")).as("read again").isNull();
        RenderedPages.Served second = pages.served("version 7", "<p>แผน 計画 plan, v2</p>", null, time.instant());
        assertThat(second.etag()).isNotEqualTo(first.etag()).isEqualTo(etagOf(second.body()));
        assertThat(pages.recent("version 7")).isSameAs(second);
    }

    @Test
    void a_browser_that_accepts_gzip_gets_the_page_compressed_with_an_etag_of_its_own() throws Exception {
        PlanWorld w = planFixtures.world();
        long section = planFixtures.section(w, null, "Vision");
        planFixtures.write(w.lead(), section, "A text to compress: แผนแม่บท, 基本計画. ".repeat(40));
        long version = AsUser.call(w.secretariat(), () -> versions.freeze(w.planId(), false, "v1.0 compressed", null));
        AsUser.run(w.secretariat(), () -> published.publish(version));
        String path = "/public/en/versions/" + version;
        MockHttpServletResponse plain = mvc.perform(get(path)).andReturn().getResponse();
        MockHttpServletResponse zipped = mvc.perform(get(path).header("Accept-Encoding", "gzip, deflate, br"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.getHeader("Vary")).contains("Accept-Encoding");
        assertThat(gunzip(zipped.getContentAsByteArray())).isEqualTo(plain.getContentAsByteArray());
        assertThat(zipped.getContentLength()).isLessThan(plain.getContentLength() / 2);
        assertThat(zipped.getHeader("ETag")).isNotEqualTo(plain.getHeader("ETag"));
        mvc.perform(get(path).header("Accept-Encoding", "gzip").header("If-None-Match", zipped.getHeader("ETag")))
                .andExpect(status().isNotModified());
        assertThat(mvc.perform(get(path).header("Accept-Encoding", "gzip;q=0, identity")).andReturn().getResponse()
                .getHeader("Content-Encoding")).as("gzip refused").isNull();
    }

    @Test
    void gzip_is_accepted_only_when_named_and_not_refused() {
        assertThat(PortalPages.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(PortalPages.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(PortalPages.acceptsGzip(null)).isFalse();
        assertThat(PortalPages.acceptsGzip("identity")).isFalse();
        assertThat(PortalPages.acceptsGzip("deflate, x-gzip-like")).isFalse();
        assertThat(PortalPages.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PortalPages.acceptsGzip("gzip; q=0.000, br")).isFalse();
    }

    private static byte[] gunzip(byte[] zipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        }
    }

    /** The ETag as Spring's ETag filter makes it, which the portal's other pages carry. */
    private static String etagOf(byte[] body) {
        return "\"0" + DigestUtils.md5DigestAsHex(body) + "\"";
    }

    @Test
    void a_page_is_served_again_without_reading_only_within_its_fresh_seconds() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        MutableClock time = new MutableClock(Instant.parse("2027-03-01T09:00:00Z"));
        RenderedPages pages = new RenderedPages(engine, 100_000, 5, time);
        pages.served("home en", "<p>home</p>", null, time.instant());
        time.advance(Duration.ofMillis(4_900));
        assertThat(pages.recent("home en").html()).isEqualTo("<p>home</p>");
        assertThat(pages.recent("home th")).isNull();
        time.advance(Duration.ofMillis(100));
        assertThat(pages.recent("home en")).as("read again once the fresh time is over").isNull();
        assertThat(pages.recent("home en").html()).as("while one request reads, the others get the page as it was")
                .isEqualTo("<p>home</p>");
        time.advance(Duration.ofMillis(4_999));
        assertThat(pages.recent("home en")).as("for at most another fresh time").isNotNull();
        time.advance(Duration.ofMillis(1));
        assertThat(pages.recent("home en")).as("the reader failed: the next request reads again").isNull();
        time.advance(Duration.ofMillis(300));
        pages.served("home en", "<p>home, new</p>", null, time.instant().minusMillis(300));
        assertThat(pages.recent("home en").html()).isEqualTo("<p>home, new</p>");
        for (int i = 0; i < 100; i++) {
            pages.served("page " + i, "<p>" + i + "</p>", null, time.instant());
        }
        assertThat(pages.recent("page 99")).isNotNull();
        assertThat(pages.recent("page 0")).as("at most " + RenderedPages.RECENT_ADDRESSES + " addresses").isNull();
    }

    @Test
    void of_many_requests_at_once_when_the_fresh_time_is_over_exactly_one_reads_the_page_again() throws Exception {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        MutableClock time = new MutableClock(Instant.parse("2027-03-01T09:00:00Z"));
        RenderedPages pages = new RenderedPages(engine, 100_000, 5, time);
        pages.served("version 2", "<p>plan</p>", null, time.instant());
        time.advance(Duration.ofSeconds(6));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> readers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                readers.add(threads.submit(() -> {
                    start.await();
                    int reads = 0;
                    for (int i = 0; i < 1_000; i++) {
                        reads += pages.recent("version 2") == null ? 1 : 0;
                    }
                    return reads;
                }));
            }
            start.countDown();
            int reads = 0;
            for (Future<Integer> reader : readers) {
                reads += reader.get(30, TimeUnit.SECONDS);
            }
            assertThat(reads).as("requests told to read the page again").isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void remembered_pages_stay_within_their_budget_and_a_page_too_large_for_it_is_not_kept() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        RenderedPages pages = new RenderedPages(engine, 1_000, 5, Clock.systemUTC());
        String template = "<p th:text=\"${text}\">text</p>";
        for (int i = 0; i < 50; i++) {
            String text = "page " + i + " " + "x".repeat(80);
            assertThat(pages.html("key " + i, template, Locale.ENGLISH, () -> Map.of("text", text)))
                    .isEqualTo("<p>" + text + "</p>");
            assertThat(pages.size()).isBetween(1, 5);
        }
        String large = "y".repeat(300);
        int before = pages.size();
        assertThat(pages.html("large", template, Locale.ENGLISH, () -> Map.of("text", large))).contains(large);
        assertThat(pages.size()).isEqualTo(before);
        assertThat(pages.html("key 49", template, Locale.ENGLISH, () -> Map.of("text", "not rendered again")))
                .as("a remembered page is served as it was rendered").contains("page 49");
    }
}
