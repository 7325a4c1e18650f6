package org.councilworkspace.planimport;

import java.util.Map;

/**
 * A plain-text file: lines that are numbered headings ("1.", "1.1", "บทที่ 1", "第1章") start sections; the text in
 * between keeps its paragraphs (blank lines) and is escaped so that nothing in it turns into Markdown formatting.
 */
final class PlainTextReader {

    private PlainTextReader() {
    }

    static ImportPreview read(String fileName, String text) {
        OutlineCollector outline = new OutlineCollector();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            var heading = HeadingPatterns.match(line);
            if (heading.isPresent() || line.isBlank()) {
                outline.block(paragraph.toString());
                paragraph.setLength(0);
                heading.ifPresent(h -> outline.heading(h.depth(), h.title()));
                continue;
            }
            paragraph.append(paragraph.isEmpty() ? "" : "\n").append(MarkdownEscape.lineStart(MarkdownEscape.inline(line)));
        }
        outline.block(paragraph.toString());
        return new ImportPreview(fileName, ImportFormat.PLAIN_TEXT, null, outline.sections(ImportReader.baseName(fileName)),
                Map.of());
    }
}
