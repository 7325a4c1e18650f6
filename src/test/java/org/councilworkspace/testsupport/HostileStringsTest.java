package org.councilworkspace.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilworkspace.plan.text.MarkdownRenderer;
import org.junit.jupiter.api.Test;

class HostileStringsTest {

    @Test
    void theCorpusHasAtLeastFiveHundredDistinctEntriesOfEveryKind() {
        var all = HostileStrings.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(500).doesNotHaveDuplicates();
        assertThat(all).anyMatch(s -> s.contains("<script>")).anyMatch(s -> s.contains("DROP TABLE"))
                .anyMatch(s -> s.contains("\u0000")).anyMatch(s -> s.contains("\u202e"))
                .anyMatch(s -> s.length() >= 10000).anyMatch(s -> s.contains("สวัสดี"))
                .anyMatch(s -> s.contains("製造業")).anyMatch(s -> s.contains("مرحبا"))
                .anyMatch(s -> s.codePoints().anyMatch(cp -> cp > 0xFFFF));
    }

    @Test
    void unescapingHandlesEscapesAndSurrogatePairs() {
        assertThat(HostileStrings.unescape("a\\nb\\tc\\\\d\\u0000")).isEqualTo("a\nb\tc\\d\u0000");
        assertThat(HostileStrings.unescape("\\ud835\\udc00")).isEqualTo("\uD835\uDC00");
    }

    @Test
    void theInertCheckCatchesLiveMarkupAndPassesSanitizedMarkdown() {
        assertThatThrownBy(() -> HostileStrings.assertInert("<img src=x onerror=alert(1)>")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> HostileStrings.assertInert("<a href=\"javascript:alert(1)\">x</a>"))
                .isInstanceOf(AssertionError.class);
        MarkdownRenderer renderer = new MarkdownRenderer();
        for (String s : HostileStrings.all()) {
            HostileStrings.assertInert(renderer.toSafeHtml(s));
        }
    }
}
