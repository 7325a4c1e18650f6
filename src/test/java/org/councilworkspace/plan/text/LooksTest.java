package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.commonmark.node.Node;
import org.councilworkspace.base.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A change that only adds or removes formatting is shown as a change of look, labelled in words, not as new words. */
class LooksTest {

    private static final Locale TH = Locale.forLanguageTag("th");
    private static final Locale JA = Locale.JAPANESE;

    private static LookLabels labels(Locale locale) {
        return LookLabels.of((key, args) -> Messages.get(key, locale, args));
    }

    private static List<Look.Kind> kinds(Looks looks) {
        return looks.runs().stream().flatMap(r -> r.looks().stream()).map(Look::kind).toList();
    }

    private static Document raw(String before, String after, Locale locale) {
        List<DiffSegment> diff = WordDiff.diff(before, after, locale);
        return Jsoup.parseBodyFragment(DiffHtml.inline(diff, Looks.of(diff), labels(locale)));
    }

    private static Document rendered(String before, String after, Locale locale) {
        List<DiffSegment> diff = WordDiff.diff(before, after, locale);
        return Jsoup.parseBodyFragment(RenderedDiff.inline(diff, Looks.of(diff), labels(locale)));
    }

    @Test
    void a_word_made_bold_is_the_same_word_labelled_bold_added_not_a_deletion_and_an_insertion() {
        String before = "Build a battery plant by 2030.\n";
        String after = "Build a **battery** plant by 2030.\n";
        List<DiffSegment> diff = WordDiff.diff(before, after, Locale.ENGLISH);

        assertThat(kinds(Looks.of(diff))).containsExactly(Look.Kind.BOLD_ADDED);
        assertThat(WordDiff.changedWords(diff)).isZero();
        Document raw = raw(before, after, Locale.ENGLISH);
        assertThat(raw.select("ins, del")).isEmpty();
        assertThat(raw.select("span.cw-look").eachText()).contains("battery");
        assertThat(raw.select("small.cw-look-label").eachText()).containsExactly("formatting: bold added");
        assertThat(raw.text()).startsWith("Build a **battery**");
        Document shown = rendered(before, after, Locale.ENGLISH);
        assertThat(shown.select("ins, del")).isEmpty();
        assertThat(shown.select("strong span.cw-look").text()).isEqualTo("battery");
        assertThat(shown.select("small.cw-look-label").eachText()).containsExactly("formatting: bold added");
        assertThat(shown.text()).doesNotContain("**");
    }

    @Test
    void bold_removed_leaves_out_the_old_marks_and_says_so() {
        Document raw = raw("Build a **battery** plant.\n", "Build a battery plant.\n", Locale.ENGLISH);

        assertThat(raw.select("ins, del")).isEmpty();
        assertThat(raw.text()).isEqualTo("Build a battery formatting: bold removed plant.");
        Document shown = rendered("Build a **battery** plant.\n", "Build a battery plant.\n", Locale.ENGLISH);
        assertThat(shown.select("strong, ins, del")).isEmpty();
        assertThat(shown.select("span.cw-look").text()).isEqualTo("battery");
    }

    @Test
    void italics_added_and_removed_are_named_as_such() {
        assertThat(raw("Train *women* engineers.\n", "Train women *engineers*.\n", Locale.ENGLISH)
                .select("small.cw-look-label").eachText())
                .containsExactly("formatting: italics removed", "formatting: italics added");
    }

    @Test
    void a_heading_level_changed_is_told_with_both_levels() {
        String before = "## Exports\n\nDouble exports.\n";
        String after = "### Exports\n\nDouble exports.\n";
        Document shown = rendered(before, after, Locale.ENGLISH);

        assertThat(shown.select("h3 span.cw-look").text()).isEqualTo("Exports");
        assertThat(shown.select("h3 small.cw-look-label").text()).isEqualTo("formatting: heading level 2 → 3");
        assertThat(shown.select("ins, del")).isEmpty();
        assertThat(raw(before, after, Locale.ENGLISH).select("ins, del")).isEmpty();
        assertThat(raw("Exports\n", "# Exports\n", Locale.ENGLISH).select("small").text())
                .isEqualTo("formatting: made a heading (level 1)");
    }

    @Test
    void a_paragraph_turned_into_a_list_item_and_back() {
        String paragraph = "Targets:\n\nTrain engineers\n";
        String item = "Targets:\n\n- Train engineers\n";

        Document made = rendered(paragraph, item, Locale.ENGLISH);
        assertThat(made.select("li span.cw-look").text()).isEqualTo("Train engineers");
        assertThat(made.select("small").text()).isEqualTo("formatting: made a list item");
        assertThat(made.select("ins, del")).isEmpty();
        Document undone = raw(item, paragraph, Locale.ENGLISH);
        assertThat(undone.select("ins, del")).isEmpty();
        assertThat(undone.select("small").text()).isEqualTo("formatting: no longer a list item");
        assertThat(undone.text()).doesNotContain("- Train");
    }

    @Test
    void a_link_put_around_existing_words_is_a_link_added_not_an_inserted_address() {
        String before = "See the annex for details.\n";
        String after = "See [the annex](https://example.org/a1) for details.\n";
        List<DiffSegment> diff = WordDiff.diff(before, after, Locale.ENGLISH);

        assertThat(kinds(Looks.of(diff))).containsExactly(Look.Kind.LINK_ADDED);
        Document shown = rendered(before, after, Locale.ENGLISH);
        assertThat(shown.select("a[href=\"https://example.org/a1\"] span.cw-look").text()).isEqualTo("the annex");
        assertThat(shown.select("small").text()).isEqualTo("formatting: link added");
        assertThat(shown.select("ins, del")).isEmpty();
        assertThat(raw(before, after, Locale.ENGLISH).select("ins, del")).isEmpty();
    }

    @Test
    void a_word_changed_and_made_bold_is_a_word_change() {
        String before = "Build a battery plant.\n";
        String after = "Build a **batteries** plant.\n";
        List<DiffSegment> diff = WordDiff.diff(before, after, Locale.ENGLISH);

        assertThat(Looks.of(diff).isEmpty()).isTrue();
        Document raw = raw(before, after, Locale.ENGLISH);
        assertThat(raw.select("del").text()).isEqualTo("battery");
        assertThat(raw.select("ins").text()).contains("batteries");
        assertThat(raw.select(".cw-look, .cw-look-label")).isEmpty();
    }

    @Test
    void side_by_side_labels_the_change_of_look_in_both_columns() {
        List<DiffSegment> diff = WordDiff.diff("Build a battery plant.\n", "Build a **battery** plant.\n",
                Locale.ENGLISH);
        Looks looks = Looks.of(diff);
        DiffHtml.SideBySide raw = DiffHtml.sideBySide(diff, looks, labels(Locale.ENGLISH));
        DiffHtml.SideBySide shown = RenderedDiff.sideBySide(diff, looks, labels(Locale.ENGLISH));

        for (String html : List.of(raw.oldHtml(), raw.newHtml(), shown.oldHtml(), shown.newHtml())) {
            Document column = Jsoup.parseBodyFragment(html);
            assertThat(column.select("ins, del")).isEmpty();
            assertThat(column.select("span.cw-look").text()).isEqualTo("battery");
            assertThat(column.select("small").text()).isEqualTo("formatting: bold added");
        }
        // The label follows the bold words rather than being bold itself.
        assertThat(Jsoup.parseBodyFragment(shown.newHtml()).select("strong").text()).isEqualTo("battery");
    }

    @Test
    void thai_words_made_bold_without_spaces_around_them_are_labelled_in_thai() {
        String before = "ส่งเสริมแบตเตอรี่ในประเทศ\n";
        String after = "ส่งเสริม**แบตเตอรี่**ในประเทศ\n";

        Document shown = rendered(before, after, TH);
        assertThat(shown.select("strong span.cw-look").text()).isEqualTo("แบตเตอรี่");
        assertThat(shown.select("small").text()).isEqualTo("รูปแบบ: เพิ่มตัวหนา");
        assertThat(shown.select("ins, del")).isEmpty();
        Document raw = raw(before, after, TH);
        assertThat(raw.select("ins, del")).isEmpty();
        assertThat(raw.select("small").text()).isEqualTo("รูปแบบ: เพิ่มตัวหนา");
        assertThat(rendered("- ส่งเสริมแบตเตอรี่\n", "ส่งเสริมแบตเตอรี่\n", TH).select("small").text())
                .isEqualTo("รูปแบบ: เลิกเป็นรายการ");
    }

    @Test
    void japanese_words_made_bold_and_a_heading_level_are_labelled_in_japanese() {
        String before = "## 計画\n\n電池の開発を進める。\n";
        String after = "# 計画\n\n**電池**の開発を進める。\n";

        Document shown = rendered(before, after, JA);
        assertThat(shown.select("h1 small").text()).isEqualTo("書式: 見出しレベル 2 → 1");
        assertThat(shown.select("strong span.cw-look").text()).isEqualTo("電池");
        assertThat(shown.select("p small").text()).isEqualTo("書式: 太字を追加");
        assertThat(shown.select("ins, del")).isEmpty();
        assertThat(raw(before, after, JA).select("ins, del")).isEmpty();
    }

    @Test
    void a_word_made_code_keeps_its_backticks_out_of_the_word_changes() {
        Document raw = raw("Run the export tool.\n", "Run the `export` tool.\n", Locale.ENGLISH);

        assertThat(raw.select("ins, del")).isEmpty();
        assertThat(raw.select("small").text()).isEqualTo("formatting: shown as code");
    }

    @Test
    void bold_and_italics_added_at_once_share_one_label() {
        assertThat(raw("Build a battery plant.\n", "Build a ***battery*** plant.\n", JA).select("small").eachText())
                .containsExactly("書式: 太字を追加、斜体を追加");
    }

    @Test
    void a_hostile_string_made_bold_stays_text_and_the_label_stays_ours() {
        String hostile = "<img src=x onerror=alert(1)> <span class=\"cw-look\">x</span>";
        String before = "Note " + hostile + " here.\n";
        String after = "Note **" + hostile + "** here.\n";

        for (Document html : List.of(rendered(before, after, Locale.ENGLISH), raw(before, after, Locale.ENGLISH))) {
            assertThat(html.select("img, [onerror], script")).isEmpty();
            assertThat(html.select("span")).allSatisfy(span -> assertThat(span.className()).isIn("cw-look", "cw-look-marks"));
            assertThat(String.join("", html.select("span.cw-look").eachText())).contains("<img src=x onerror=alert(1)>");
            assertThat(html.text()).contains(hostile);
            assertThat(html.select("small").eachText()).containsExactly("formatting: bold added");
        }
    }

    @Test
    void every_change_of_look_has_words_in_every_language() {
        for (Locale locale : List.of(Locale.ENGLISH, JA, TH)) {
            for (Look.Kind kind : Look.Kind.values()) {
                String label = labels(locale).label(List.of(new Look(kind, 2, 3)));
                assertThat(label).as(locale + " " + kind).doesNotContain("!{").doesNotContain("{");
            }
        }
    }

    @Test
    void a_diff_of_words_alone_parses_nothing_and_a_formatting_change_parses_each_text_once() {
        AtomicInteger parses = new AtomicInteger();
        Function<String, Node> counting = text -> {
            parses.incrementAndGet();
            return MarkdownRenderer.parseWithPlaces(text);
        };
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            before.append("Paragraph ").append(i).append(" keeps the industrial estate and its workers.\n\n");
            after.append("Paragraph ").append(i).append(i % 20 == 0 ? " moves" : " keeps")
                    .append(" the industrial estate and its workers.\n\n");
        }
        List<DiffSegment> words = WordDiff.diff(before.toString(), after.toString(), Locale.ENGLISH);

        assertThat(Looks.of(words, counting)).isSameAs(Looks.NONE);
        assertThat(parses).hasValue(0);

        String bolded = after.toString().replace("Paragraph 7 keeps", "Paragraph 7 **keeps**");
        Looks looks = Looks.of(WordDiff.diff(before.toString(), bolded, Locale.ENGLISH), counting);
        assertThat(parses).hasValue(2);
        assertThat(looks.runs()).hasSize(1);
    }
}
