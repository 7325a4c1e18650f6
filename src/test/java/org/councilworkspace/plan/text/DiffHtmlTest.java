package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilworkspace.plan.text.DiffSegment.Kind.DELETED;
import static org.councilworkspace.plan.text.DiffSegment.Kind.EQUAL;
import static org.councilworkspace.plan.text.DiffSegment.Kind.INSERTED;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DiffHtmlTest {

    @Test
    void inline_marks_insertions_and_deletions() {
        List<DiffSegment> segments = WordDiff.diff("The council meets monthly.", "The council meets weekly.",
                Locale.ENGLISH);

        assertThat(DiffHtml.inline(segments)).isEqualTo(
                "The council meets <del class=\"cw-del\">monthly</del><ins class=\"cw-ins\">weekly</ins>.");
    }

    @Test
    void inline_escapes_markup_and_ampersands_in_every_kind_of_segment() {
        List<DiffSegment> segments = List.of(
                new DiffSegment(EQUAL, "Roads & rail <script>alert(1)</script> "),
                new DiffSegment(DELETED, "<img src=x onerror=\"alert('x')\">"),
                new DiffSegment(INSERTED, "a < b && c > d"));

        String html = DiffHtml.inline(segments);

        assertThat(html).doesNotContain("<script", "<img", "\"alert", "'x'")
                .contains("Roads &amp; rail &lt;script&gt;alert(1)&lt;/script&gt; ")
                .contains("<del class=\"cw-del\">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;</del>")
                .contains("<ins class=\"cw-ins\">a &lt; b &amp;&amp; c &gt; d</ins>");
    }

    @Test
    void escaped_html_shows_the_user_text_unchanged_when_a_browser_parses_it() {
        String hostile = "<script>alert(1)</script> & \"quotes\" 'single' &amp; already";
        List<DiffSegment> segments = List.of(new DiffSegment(EQUAL, "x "), new DiffSegment(INSERTED, hostile));

        Document parsed = Jsoup.parseBodyFragment(DiffHtml.inline(segments));

        assertThat(parsed.select("script")).isEmpty();
        assertThat(parsed.select("ins.cw-ins").text()).isEqualTo(hostile);
    }

    @Test
    void newlines_become_br() {
        assertThat(DiffHtml.inline(List.of(new DiffSegment(EQUAL, "one\ntwo\r\nthree"))))
                .isEqualTo("one<br>two<br>three");
    }

    @Test
    void side_by_side_puts_deletions_left_and_insertions_right() {
        List<DiffSegment> segments = WordDiff.diff("Ports by 2030 & rail.", "Ports by 2032 & rail.", Locale.ENGLISH);

        DiffHtml.SideBySide columns = DiffHtml.sideBySide(segments);

        assertThat(columns.oldHtml()).isEqualTo("Ports by <del class=\"cw-del\">2030</del> &amp; rail.");
        assertThat(columns.newHtml()).isEqualTo("Ports by <ins class=\"cw-ins\">2032</ins> &amp; rail.");
    }

    @Test
    void side_by_side_escapes_both_columns() {
        DiffHtml.SideBySide columns = DiffHtml.sideBySide(List.of(
                new DiffSegment(EQUAL, "<b>"), new DiffSegment(DELETED, "<i>"), new DiffSegment(INSERTED, "<u>")));

        assertThat(columns.oldHtml()).isEqualTo("&lt;b&gt;<del class=\"cw-del\">&lt;i&gt;</del>");
        assertThat(columns.newHtml()).isEqualTo("&lt;b&gt;<ins class=\"cw-ins\">&lt;u&gt;</ins>");
    }

    @Test
    void no_segments_give_empty_html() {
        assertThat(DiffHtml.inline(List.of())).isEmpty();
        assertThat(DiffHtml.sideBySide(List.of())).isEqualTo(new DiffHtml.SideBySide("", ""));
    }
}
