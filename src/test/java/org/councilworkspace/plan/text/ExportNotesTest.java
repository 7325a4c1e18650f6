package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilworkspace.testsupport.HostileStrings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Footnotes of texts put together into one HTML page or one Markdown file. */
class ExportNotesTest {

    private final MarkdownRenderer renderer = MarkdownRenderer.uncached();

    @Test
    void html_notes_are_numbered_links_to_a_list_of_notes_with_ids_of_their_own_text() {
        String html = renderer.toSafeHtmlWithNotes("น้ำ[^a] and 議事次第[^b], again[^a].\n\n[^b]: Second <script>x</script>"
                + "\n[^a]: First **bold**\n", "s7", "Notes", "Back");
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("sup a").eachText()).containsExactly("1", "2", "1");
        assertThat(page.select("sup a").eachAttr("href")).containsExactly("#s7-note-1", "#s7-note-2", "#s7-note-1");
        assertThat(page.select("sup a").eachAttr("id")).containsExactly("s7-ref-1", "s7-ref-2", "s7-ref-1-2");
        Element notes = page.selectFirst("section.notes");
        assertThat(notes.attr("aria-label")).isEqualTo("Notes");
        assertThat(notes.select("li").eachAttr("id")).containsExactly("s7-note-1", "s7-note-2");
        assertThat(notes.select("li").get(0).select("strong").text()).isEqualTo("bold");
        assertThat(notes.select("li").get(0).select("a[aria-label=Back]").eachAttr("href"))
                .containsExactly("#s7-ref-1", "#s7-ref-1-2");
        assertThat(notes.select("li").get(1).text()).contains("Second <script>x</script>");
        assertThat(html).doesNotContain("<script>").doesNotContain("[^");
    }

    @Test
    void hostile_text_in_notes_and_labels_stays_inert() {
        for (String hostile : HostileStrings.sample(7)) {
            String label = hostile.replaceAll("[\\s\\]\\[]", "");
            String html = renderer.toSafeHtmlWithNotes("See[^" + label + "] and [^n].\n\n[^" + label + "]: " + hostile
                    + "\n[^n]: " + hostile + "\n", "s1", "Notes", "Back");
            HostileStrings.assertInert(html.replaceAll("<(/?)section\\b", "<$1div"));
        }
    }

    @Test
    void a_note_nobody_cites_stays_as_text_and_a_reference_without_a_note_stays_as_written() {
        String html = renderer.toSafeHtmlWithNotes("Text[^x].\n\n[^y]: Kept words สถานที่\n", "s1", "Notes", "Back");
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("sup")).isEmpty();
        assertThat(page.select("section")).isEmpty();
        assertThat(page.text()).contains("Text[^x].", "Kept words สถานที่");
    }

    @Test
    void markdown_notes_are_numbered_through_the_file_and_listed_at_the_end_of_each_text() {
        MarkdownNotes notes = new MarkdownNotes();
        String first = notes.renumber("One[^a] two[^b] one again[^a].\n\n[^a]: Note A\n[^b]: Note *B*\n\nAfter.");
        String second = notes.renumber("Three[^a].\n\n[^a]: ผู้ใหญ่ cites [^a]\n\n[^z]: unused words");
        assertThat(first).isEqualTo("One[^1] two[^2] one again[^1].\n\n\nAfter.\n\n[^1]: Note A\n\n[^2]: Note *B*");
        assertThat(second).isEqualTo("Three[^3].\n\n[^3]: ผู้ใหญ่ cites \\[^a]\n\nunused words");
        assertThat(notes.renumber("No notes, [^not] one.")).isEqualTo("No notes, [^not] one.");
    }

    @Test
    void markdown_notes_read_back_as_the_same_notes() {
        MarkdownNotes notes = new MarkdownNotes();
        notes.renumber("x[^1]\n\n[^1]: a");
        String html = renderer.toSafeHtmlWithNotes(notes.renumber("y[^1] z[^2]\n\n[^2]: c\n[^1]: b"), "p", "N", "B");
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("li").eachText()).containsExactly("b ↩", "c ↩");
    }
}
