package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void a_gfm_table_renders_as_a_table_with_its_alignment() {
        Document html = Jsoup.parseBodyFragment(renderer.toSafeHtml("""
                | Sector | Target |
                |:-------|-------:|
                | Automotive | 30% |
                | Food | 12% |
                """));

        assertThat(html.select("table > thead > tr > th")).extracting(e -> e.text()).containsExactly("Sector", "Target");
        assertThat(html.select("table > tbody > tr")).hasSize(2);
        assertThat(html.select("td[align=right]").first().text()).isEqualTo("30%");
    }

    @Test
    void headings_lists_quotes_code_and_emphasis_are_kept() {
        String html = renderer.toSafeHtml("""
                # Plan
                ###### Detail

                1. *first*
                2. **second**

                - item

                > quoted

                ---
                Inline `a < b` and line\\
                break.

                ```
                if (a < b && c) {}
                ```
                """);

        assertThat(html).contains("<h1>Plan</h1>", "<h6>Detail</h6>", "<ol>", "<li><em>first</em></li>",
                "<li><strong>second</strong></li>", "<ul>", "<blockquote>", "<hr>", "<code>a &lt; b</code>", "<br>",
                "<pre><code>if (a &lt; b &amp;&amp; c) {}\n</code></pre>");
    }

    @Test
    void web_mail_relative_and_anchor_links_are_kept_with_nofollow_noopener() {
        Document html = Jsoup.parseBodyFragment(renderer.toSafeHtml(
                "[web](https://example.org/plan?a=1&b=2) [mail](mailto:clerk@example.org) [doc](docs/annex.pdf) "
                        + "[top](#goals) [plain](http://example.org)"));

        assertThat(html.select("a")).extracting(a -> a.attr("href")).containsExactly(
                "https://example.org/plan?a=1&b=2", "mailto:clerk@example.org", "docs/annex.pdf", "#goals",
                "http://example.org");
        assertThat(html.select("a")).allSatisfy(a -> {
            assertThat(a.attr("rel")).isEqualTo("nofollow noopener");
            assertThat(a.hasAttr("target")).isFalse();
        });
    }

    @Test
    void a_link_with_a_refused_url_keeps_its_words_but_is_no_link() {
        String html = renderer.toSafeHtml("See [the annex](javascript:alert(1)) and <javascript:alert(2)>.");

        Document parsed = Jsoup.parseBodyFragment(html);
        assertThat(parsed.select("a")).isEmpty();
        assertThat(parsed.text()).isEqualTo("See the annex and javascript:alert(2).");
    }

    @Test
    void images_are_kept_only_with_an_http_or_https_source() {
        Document html = Jsoup.parseBodyFragment(renderer.toSafeHtml(
                "![map](https://example.org/map.png) ![old](http://example.org/a.png) ![rel](map.png) "
                        + "![inline](data:image/png;base64,iVBORw0KGgo=)"));

        assertThat(html.select("img")).extracting(img -> img.attr("src"))
                .containsExactly("https://example.org/map.png", "http://example.org/a.png");
        assertThat(html.text()).contains("rel", "inline");
    }

    @Test
    void a_kept_picture_points_at_the_workspace_or_the_portal_and_nothing_else_relative_gets_through() {
        String markdown = "![A chart](attachment:12) ![forged](attachment:12x) ![path](/plan-images/12/../logout) "
                + "![other](/logout)";
        Document workspace = Jsoup.parseBodyFragment(renderer.toSafeHtml(markdown));
        assertThat(workspace.select("img")).extracting(img -> img.attr("src") + " " + img.attr("alt"))
                .containsExactly("/plan-images/12 A chart");
        assertThat(workspace.text()).contains("forged", "path", "other");
        Document portal = Jsoup.parseBodyFragment(MarkdownRenderer.forPortal().toSafeHtml(markdown));
        assertThat(portal.select("img")).extracting(img -> img.attr("src")).containsExactly("/public/images/12");
    }

    @Test
    void raw_html_is_shown_as_typed_and_never_interpreted() {
        Document html = Jsoup.parseBodyFragment(renderer.toSafeHtml(
                "Before <b>bold</b> after.\n\n<div>\nblock\n</div>\n\n<img src=x onerror=alert(1)> and <ผู้ใหญ่>, a < b > c\n"));

        assertThat(html.select("b, div, img")).isEmpty();
        assertThat(html.body().children()).extracting(e -> e.tagName()).containsExactly("p", "p", "p");
        assertThat(html.select("p").eachText()).containsExactly("Before <b>bold</b> after.", "<div> block </div>",
                "<img src=x onerror=alert(1)> and <ผู้ใหญ่>, a < b > c");
        // The lines of an HTML-looking block stay lines.
        assertThat(html.select("p").get(1).select("br")).hasSize(2);
    }

    @Test
    void hostile_words_in_plain_prose_are_kept_as_harmless_text() {
        // The renderer does not censor words; only markup is controlled. A sentence about onerror stays a sentence.
        Document html = Jsoup.parseBodyFragment(renderer.toSafeHtml("The onerror handler & a <b "));

        assertThat(html.body().children()).extracting(e -> e.tagName()).containsExactly("p");
        assertThat(html.text()).isEqualTo("The onerror handler & a <b");
    }

    @Test
    void empty_markdown_renders_as_nothing() {
        assertThat(renderer.toSafeHtml("")).isEmpty();
    }

    @Test
    void one_renderer_serves_many_threads_at_once() throws Exception {
        String markdown = "# Plan\n\n| a | b |\n|---|---|\n| 1 | [x](https://example.org) |\n\n<script>x</script>";
        String expected = renderer.toSafeHtml(markdown);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> renderer.toSafeHtml(markdown))).toList();
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
