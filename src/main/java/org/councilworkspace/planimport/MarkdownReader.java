package org.councilworkspace.planimport;

import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Markdown file: its top-level headings become the outline, and the text between them is kept exactly as written.
 * A single first-level heading at the top, above deeper ones, is the document's title rather than a chapter.
 */
final class MarkdownReader {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private record Found(int line, int level, String title) {
    }

    private MarkdownReader() {
    }

    static ImportPreview read(String fileName, String text) {
        String source = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = List.of(source.split("\n", -1));
        List<Found> headings = new java.util.ArrayList<>();
        for (Node node = PARSER.parse(source).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && !h.getSourceSpans().isEmpty()) {
                headings.add(new Found(h.getSourceSpans().get(0).getLineIndex(), h.getLevel(), textOf(h)));
            }
        }
        OutlineCollector outline = new OutlineCollector();
        int start = 0;
        if (headings.size() > 1 && headings.get(0).level() == 1
                && headings.stream().skip(1).allMatch(h -> h.level() > 1)) {
            outline.title(headings.get(0).title());
            start = 1;
        }
        int from = start < headings.size() ? headings.get(start).line() : lines.size();
        outline.block(slice(lines, start == 1 ? headings.get(0).line() + 1 : 0, from));
        for (int i = start; i < headings.size(); i++) {
            Found h = headings.get(i);
            outline.heading(h.level(), HeadingPatterns.stripNumber(h.title()));
            int end = i + 1 < headings.size() ? headings.get(i + 1).line() : lines.size();
            outline.block(slice(lines, h.line() + headingHeight(lines, h.line()), end));
        }
        return new ImportPreview(fileName, ImportFormat.MARKDOWN, outline.documentTitle(),
                outline.sections(ImportReader.baseName(fileName)), Map.of());
    }

    /** An ATX heading takes one line; a Setext heading ("Title" over "====") takes two. */
    private static int headingHeight(List<String> lines, int line) {
        return lines.get(line).stripLeading().startsWith("#") ? 1 : 2;
    }

    private static String slice(List<String> lines, int from, int to) {
        return from >= to ? "" : String.join("\n", lines.subList(from, to));
    }

    private static String textOf(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Text t) {
                out.append(t.getLiteral());
            } else if (child instanceof org.commonmark.node.Code c) {
                out.append(c.getLiteral());
            } else if (child instanceof org.commonmark.node.SoftLineBreak) {
                out.append(' ');
            } else {
                out.append(textOf(child));
            }
        }
        return out.toString();
    }
}
