package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class RenderedDiffTest {

    private static final String BEFORE = """
            # Skills and workforce

            - Train engineers
            - Open two test centres
            """;
    private static final String AFTER = """
            # Skills and workforce plan

            - Train women engineers
            - Open two test centres
            """;

    @Test
    void a_heading_and_a_list_are_formatted_with_the_inserted_words_marked_inside_them() {
        Document html = Jsoup.parseBodyFragment(RenderedDiff.inline(WordDiff.diff(BEFORE, AFTER, Locale.ENGLISH)));

        assertThat(html.select("h1").text()).isEqualTo("Skills and workforce plan");
        assertThat(html.select("h1 ins.cw-ins").text()).isEqualTo("plan");
        assertThat(html.select("ul > li")).hasSize(2);
        assertThat(html.select("ul > li").first().text()).isEqualTo("Train women engineers");
        assertThat(html.select("li ins.cw-ins").text()).isEqualTo("women");
        assertThat(html.select("ins").eachText()).containsExactly("plan", "women");
        // No Markdown syntax is left as text: the "#" and "-" became a heading and a list.
        assertThat(html.text()).doesNotContain("#").doesNotContain("- ");
    }

    @Test
    void removed_words_are_shown_struck_through_where_they_stood() {
        Document html = Jsoup.parseBodyFragment(RenderedDiff.inline(WordDiff.diff(
                "- Open two test centres by 2031\n", "- Open test centres by 2031\n", Locale.ENGLISH)));

        assertThat(html.select("li").text()).isEqualTo("Open two test centres by 2031");
        assertThat(html.select("li del.cw-del").text()).isEqualTo("two");
        assertThat(html.select("ins")).isEmpty();
    }

    @Test
    void side_by_side_marks_deletions_in_the_old_text_and_insertions_in_the_new() {
        DiffHtml.SideBySide sides = RenderedDiff.sideBySide(WordDiff.diff(BEFORE, AFTER, Locale.ENGLISH));
        Document before = Jsoup.parseBodyFragment(sides.oldHtml());
        Document after = Jsoup.parseBodyFragment(sides.newHtml());

        assertThat(before.select("h1").text()).isEqualTo("Skills and workforce");
        assertThat(before.select("ins, del")).isEmpty();
        assertThat(after.select("ins").eachText()).containsExactly("plan", "women");
    }

    @Test
    void a_hostile_string_stays_text_exactly_as_the_section_view_shows_it() {
        String hostile = "<img src=x onerror=alert(1)> and <script>alert(2)</script> a < b > c <ผู้ใหญ่>";
        String before = "Intro paragraph.\n";
        String after = "Intro paragraph. " + hostile + "\n";

        String rendered = RenderedDiff.inline(WordDiff.diff(before, after, Locale.ENGLISH));
        Document html = Jsoup.parseBodyFragment(rendered);

        assertThat(html.select("img, script")).isEmpty();
        assertThat(html.select("[onerror]")).isEmpty();
        assertThat(html.select("p").text()).isEqualTo(Jsoup.parseBodyFragment(
                new MarkdownRenderer().toSafeHtml(after)).select("p").text());
        assertThat(html.select("p").text()).isEqualTo(("Intro paragraph. " + hostile).strip());
        assertThat(String.join("", html.select("ins").eachText())).contains("<img src=x onerror=alert(1)>",
                "<script>alert(2)</script>", "<ผู้ใหญ่>");
    }

    @Test
    void a_changed_link_keeps_only_safe_addresses_and_marks_its_words() {
        String after = "See [the annex](javascript:alert(1)) and [the site](https://example.org).\n";
        Document html = Jsoup.parseBodyFragment(RenderedDiff.inline(WordDiff.diff("See.\n", after, Locale.ENGLISH)));

        assertThat(html.select("a")).hasSize(1);
        assertThat(html.select("a").attr("href")).isEqualTo("https://example.org");
        assertThat(html.select("a ins").text()).isEqualTo("the site");
        assertThat(html.text()).contains("the annex").doesNotContain("javascript");
    }

    @Test
    void markup_in_the_text_cannot_set_the_class_of_a_mark() {
        String after = "Text <ins class=\"evil\">x</ins>\n";
        Document html = Jsoup.parseBodyFragment(RenderedDiff.inline(WordDiff.diff("Text\n", after, Locale.ENGLISH)));

        assertThat(html.select(".evil")).isEmpty();
        assertThat(html.select("ins")).allSatisfy(ins -> assertThat(ins.className()).isEqualTo("cw-ins"));
        assertThat(html.text()).contains("<ins class=\"evil\">x</ins>");
    }

    @Test
    void a_whole_text_removed_still_shows_what_was_removed() {
        Document html = Jsoup.parseBodyFragment(RenderedDiff.inline(
                List.of(new DiffSegment(DiffSegment.Kind.DELETED, "Old paragraph.\n\nSecond one.\n"))));

        assertThat(html.select("del.cw-del").text()).isEqualTo("Old paragraph. Second one.");
        assertThat(html.select("del br")).hasSize(1);
    }

    @Test
    void thai_words_inserted_without_spaces_are_marked_inside_the_formatted_text() {
        Document html = Jsoup.parseBodyFragment(RenderedDiff.inline(WordDiff.diff(
                "## แผนพัฒนา\n\nพัฒนาทักษะแรงงาน\n", "## แผนพัฒนา\n\nพัฒนาทักษะวิศวกรและแรงงาน\n",
                Locale.forLanguageTag("th"))));

        assertThat(html.select("h2").text()).isEqualTo("แผนพัฒนา");
        assertThat(html.select("p").text()).isEqualTo("พัฒนาทักษะวิศวกรและแรงงาน");
        assertThat(String.join("", html.select("p ins").eachText())).isEqualTo("วิศวกรและ");
    }
}
