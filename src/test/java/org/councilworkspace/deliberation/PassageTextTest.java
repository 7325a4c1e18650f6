package org.councilworkspace.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilworkspace.plan.text.MarkdownRenderer;
import org.councilworkspace.testsupport.HostileStrings;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PassageTextTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @Test
    void theTextIsTheTextNodesWithWhitespaceCollapsed() {
        PassageText text = PassageText.of(RENDERER.toSafeHtml("# Title\n\nFirst  *bold* line\nsecond.\n\n- a\n- b"));
        assertThat(text.text()).isEqualTo("Title First bold line second. a b");
        assertThat(PassageText.collapse("  First \n\n bold\u00a0 x ")).isEqualTo("First bold x");
    }

    @Test
    void highlightsWrapTheRangeAcrossElementsWithoutChangingTheText() {
        String html = RENDERER.toSafeHtml("Support for **small suppliers** is planned.");
        PassageText text = PassageText.of(html);
        int start = text.text().indexOf("for small");
        String marked = text.highlighted(List.of(new PassageText.Highlight(7, start, "for small suppliers".length())));
        assertThat(Jsoup.parseBodyFragment(marked).text()).isEqualTo(Jsoup.parseBodyFragment(html).text());
        assertThat(Jsoup.parseBodyFragment(marked).select("mark[data-threads=7]").eachText())
                .containsExactly("for", "small suppliers");
        assertThat(PassageText.of(marked).text()).isEqualTo(text.text());
    }

    @Test
    void overlappingHighlightsAreSplitIntoPiecesListingEveryThread() {
        PassageText text = PassageText.of("<p>one two three four</p>");
        String marked = text.highlighted(List.of(new PassageText.Highlight(1, 0, 13),
                new PassageText.Highlight(2, 8, 10)));
        var doc = Jsoup.parseBodyFragment(marked);
        assertThat(doc.select("mark").eachAttr("data-threads")).containsExactly("1", "1 2", "2");
        assertThat(doc.select("mark").eachText()).containsExactly("one two", "three", "four");
    }

    @Test
    void highlightingHostileTextStaysInert() {
        for (String s : HostileStrings.all()) {
            String html = RENDERER.toSafeHtml(s);
            PassageText text = PassageText.of(html);
            int length = Math.min(10, text.text().length());
            HostileStrings.assertInert(text.highlighted(List.of(new PassageText.Highlight(3, 0, length))));
        }
    }
}
