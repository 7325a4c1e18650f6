package org.councilworkspace.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.TextRules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The corpus of hostile and unusual strings in {@code hostile-strings.txt} (script and HTML injection, SQL,
 * control characters, very long words, right-to-left, emoji, CJK, Thai), and the checks every input path applies
 * to it: stored exactly as the text rules normalize it (or refused with a message), and rendered inert.
 */
public final class HostileStrings {

    private static final Set<String> SAFE_TAGS = Set.of("html", "head", "body", "p", "br", "hr", "h1", "h2", "h3", "h4",
            "h5", "h6", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead",
            "tbody", "tr", "th", "td", "span", "div", "del", "ins", "s", "mark", "small", "sup", "sub");

    private static List<String> cached;

    private HostileStrings() {
    }

    public static synchronized List<String> all() {
        if (cached == null) {
            cached = List.copyOf(load());
        }
        return cached;
    }

    /**
     * Every {@code step}-th entry, for a second database: the first run (H2) takes the whole corpus through a
     * path; PostgreSQL then proves its storage with a spread of every kind of entry in a quarter of the time.
     */
    public static List<String> sample(int step) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all().size(); i += step) {
            out.add(all().get(i));
        }
        return out;
    }

    /**
     * What a service should store for this input under {@link TextRules#requiredText}: the normalized text,
     * or empty when the rules refuse it (blank, too long, control characters).
     */
    public static Optional<String> expectedText(String input, int max) {
        try {
            return Optional.of(TextRules.requiredText("text", input, max));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /** The single-line counterpart of {@link #expectedText}. */
    public static Optional<String> expectedLine(String input, int max) {
        try {
            return Optional.of(TextRules.requiredLine("text", input, max));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /** Fails unless the HTML fragment holds only harmless tags, no event handlers, scripts, styles or script URLs. */
    public static void assertInert(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element e : body.getAllElements()) {
            assertThat(SAFE_TAGS).as("tag <%s> in %s", e.tagName(), abbreviate(html)).contains(e.tagName());
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                assertThat(name).as("attribute in %s", abbreviate(html)).doesNotStartWith("on").isNotEqualTo("style")
                        .isNotEqualTo("srcdoc").isNotEqualTo("formaction");
                assertThat(value).as("attribute %s in %s", name, abbreviate(html))
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:text");
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static List<String> load() {
        List<String> entries = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                HostileStrings.class.getResourceAsStream("/hostile-strings.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.startsWith("#~")) {
                    entries.add(unescape(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static String unescape(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }
}
