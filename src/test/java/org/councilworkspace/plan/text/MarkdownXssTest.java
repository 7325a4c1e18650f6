package org.councilworkspace.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownXssTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em",
            "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th",
            "td");

    static Stream<String> hostileMarkdown() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "Text <script>alert(1)</script> inline",
                "> <script>alert(1)</script> in a quote",
                "<img src=x onerror=alert(1)>",
                "Inline <img src=x onerror=alert(1)> image",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<a href=\"javascript:alert(1)\">click</a>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click]( javascript:alert(1) \"title\")",
                "[click](&#106;avascript:alert(1))",
                "[click](&#x6A;&#x61;vascript&#58;alert(1))",
                "[click](java&#09;script:alert(1))",
                "[click](<java\tscript:alert(1)>)",
                "[click](vbscript:msgbox(1))",
                "[click](VBScript:msgbox(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "![pic](javascript:alert(1))",
                "[ref][r]\n\n[r]: javascript:alert(1)",
                "[ref][r]\n\n[r]: data:text/html,<script>alert(1)</script>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<style>body{display:none}</style>",
                "<p style=\"position:fixed;top:0\">overlay</p>",
                "Inline <span style=\"color:red\">red</span>",
                "<object data=\"https://evil.example/x.swf\"></object>",
                "<embed src=\"https://evil.example/x.swf\">",
                "<form action=\"https://evil.example\"><input name=p><button>go</button></form>",
                "<body onload=alert(1)>",
                "<div onmouseover=\"alert(1)\">hover</div>",
                "<details open ontoggle=alert(1)>",
                "<a href=\"https://ok.example\" target=\"_blank\" onclick=\"alert(1)\">x</a>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
                "<!-- <script>alert(1)</script> -->",
                "<![CDATA[<script>alert(1)</script>]]>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=stylesheet href=https://evil.example/x.css>",
                "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
                "<<script>script>alert(1)<</script>/script>");
    }

    @ParameterizedTest
    @MethodSource("hostileMarkdown")
    void hostile_markdown_never_yields_dangerous_markup(String markdown) {
        String html = RENDERER.toSafeHtml(markdown);

        // What was typed may be shown as text ("onerror=" in a sentence is harmless); no element may come of it.
        assertThat(html.toLowerCase()).doesNotContain("<script", "<iframe", "<style", "<object", "<embed", "<form",
                "<svg", "<math", "<meta", "<link", "<img src=x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "Text <script>alert(1)</script> inline",
            "<img src=x onerror=alert(1)>", "Inline <img src=x onerror=alert(1)> image",
            "<a href=\"javascript:alert(1)\">click</a>", "<ผู้ใหญ่>", "a < b > c", "<!-- a note -->",
            "<b>bold?</b> 議事次第 <i>", "<div>สถานที่</div>"})
    void html_looking_text_is_shown_exactly_as_typed(String typed) {
        // Markdown may interpret Markdown; anything that looks like HTML stays on the page as the characters typed.
        assertThat(Jsoup.parseBodyFragment(RENDERER.toSafeHtml(typed)).text()).isEqualTo(typed);
    }

    @ParameterizedTest
    @MethodSource("hostileMarkdown")
    void hostile_markdown_yields_only_allowed_elements_attributes_and_urls(String markdown) {
        Document html = Jsoup.parseBodyFragment(RENDERER.toSafeHtml(markdown));

        for (Element element : html.body().getAllElements()) {
            if (element == html.body()) {
                continue;
            }
            assertThat(ALLOWED_TAGS).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on").isNotIn("style", "target", "srcdoc");
            }
        }
        assertThat(html.select("a[href]")).allSatisfy(a -> assertThat(UrlPolicy.isSafeLink(a.attr("href"))).isTrue());
        assertThat(html.select("img")).allSatisfy(img -> assertThat(img.attr("src")).startsWith("http"));
    }
}
