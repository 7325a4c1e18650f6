package org.councilworkspace.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markup_and_quotes_are_shown_as_typed_never_executed() {
        assertThat(Html.escape("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    @Test
    void thai_and_japanese_pass_unchanged_and_nothing_is_dropped() {
        assertThat(Html.escape("ผู้ใหญ่ 日本語 😀")).isEqualTo("ผู้ใหญ่ 日本語 😀");
        assertThat(Html.escape("a\u0000b\u0007c\td")).isEqualTo("a\uFFFDb\uFFFDc\td");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void line_breaks_become_br_only_when_asked() {
        StringBuilder html = new StringBuilder();
        Html.escape("one\ntwo\r\nthree\rfour", html, true);
        assertThat(html).hasToString("one<br>two<br>three<br>four");
        assertThat(Html.escape("one\r\ntwo")).isEqualTo("one\r\ntwo");
    }
}
