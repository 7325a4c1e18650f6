package org.councilworkspace.planimport;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers headings and the Markdown blocks under them as a reader meets them, then fits the levels into the plan's
 * three: the shallowest level used becomes chapters, a level may only go one deeper than the one before, and what is
 * deeper than three stays at three. Text before the first heading becomes a first chapter under the document's title.
 */
final class OutlineCollector {

    static final int MAX_DEPTH = 3;
    static final int MAX_TITLE = 300;

    private record Pending(int level, String title, StringBuilder body) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final StringBuilder preamble = new StringBuilder();
    private String documentTitle;

    void title(String title) {
        if (documentTitle == null && title != null && !title.isBlank()) {
            documentTitle = clean(title);
        }
    }

    void heading(int level, String title) {
        String text = clean(title);
        if (text.isEmpty()) {
            return;
        }
        pending.add(new Pending(level, text, new StringBuilder()));
    }

    /** A Markdown block (paragraph, list, table) of the current section; blocks are separated by a blank line. */
    void block(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        StringBuilder body = pending.isEmpty() ? preamble : pending.get(pending.size() - 1).body();
        if (!body.isEmpty()) {
            body.append("\n\n");
        }
        body.append(withoutControls(markdown.strip()));
    }

    /** Word's page breaks, vertical tabs and the like would be refused as a section's text; they carry nothing. */
    private static String withoutControls(String text) {
        return text.codePoints()
                .filter(cp -> cp == '\n' || cp == '\t' || Character.getType(cp) != Character.CONTROL)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Text appended to the current section as it is (footnote definitions at its end). */
    void appendToCurrent(String markdown) {
        StringBuilder body = pending.isEmpty() ? preamble : pending.get(pending.size() - 1).body();
        body.append(withoutControls(markdown));
    }

    String documentTitle() {
        return documentTitle;
    }

    List<ImportedSection> sections(String fallbackTitle) {
        List<ImportedSection> sections = new ArrayList<>();
        if (!preamble.toString().isBlank()) {
            String title = documentTitle != null ? documentTitle : clean(fallbackTitle);
            sections.add(new ImportedSection(1, title.isEmpty() ? "1" : title, preamble.toString().strip()));
        }
        int shallowest = pending.stream().mapToInt(Pending::level).min().orElse(1);
        int previous = 0;
        for (Pending p : pending) {
            int depth = Math.min(Math.min(p.level() - shallowest + 1, MAX_DEPTH), previous + 1);
            sections.add(new ImportedSection(depth, p.title(), p.body().toString().strip()));
            previous = depth;
        }
        return sections;
    }

    /** One line, no control characters, at most as long as a section title may be. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String line = text.codePoints()
                .map(cp -> Character.isWhitespace(cp) || Character.getType(cp) == Character.CONTROL ? ' ' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().replaceAll(" {2,}", " ").strip();
        return line.length() > MAX_TITLE ? line.substring(0, MAX_TITLE).strip() : line;
    }
}
