package org.councilworkspace.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Reads a Word document into an outline: paragraphs styled as headings (by style name or outline level) and
 * unstyled numbered headings become sections; paragraphs, lists and tables become their Markdown. The table of
 * contents and the title page's subtitle lines are the document's furniture and are left out.
 */
final class DocxReader {

    private static final Pattern HEADING_STYLE = Pattern.compile("heading ?([1-9])");

    private enum Role { TITLE, SUBTITLE, CONTENTS, HEADING, BODY }

    private DocxReader() {
    }

    static ImportPreview read(String fileName, byte[] content, long maxImageBytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            Map<NotCarried, Integer> lost = DocxLosses.count(doc);
            OutlineCollector outline = new OutlineCollector();
            DocxImages images = new DocxImages(maxImageBytes);
            DocxInline inline = new DocxInline(doc, images);
            DocxBlocks blocks = new DocxBlocks(inline);
            List<String> list = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p && p.getNumID() != null && role(doc, p) == Role.BODY) {
                    list.add(blocks.listItem(p));
                    continue;
                }
                flushList(outline, list);
                if (element instanceof XWPFParagraph p) {
                    paragraph(doc, p, outline, inline);
                } else if (element instanceof XWPFTable table) {
                    outline.block(blocks.table(table));
                } else if (element instanceof XWPFSDT sdt && !isContents(sdt)) {
                    outline.block(MarkdownEscape.inline(sdt.getContent().getText()));
                }
                String notes = inline.takeFootnotes();
                if (!notes.isEmpty()) {
                    outline.block(notes);
                }
            }
            flushList(outline, list);
            String notes = inline.takeFootnotes();
            if (!notes.isEmpty()) {
                outline.block(notes);
            }
            DocxLosses.pictures(lost, images);
            return new ImportPreview(fileName, ImportFormat.DOCX, outline.documentTitle(),
                    outline.sections(ImportReader.baseName(fileName)), lost, images.kept());
        }
    }

    private static void flushList(OutlineCollector outline, List<String> items) {
        if (!items.isEmpty()) {
            outline.block(String.join("\n", items));
            items.clear();
        }
    }

    private static void paragraph(XWPFDocument doc, XWPFParagraph p, OutlineCollector outline, DocxInline inline) {
        String plain = DocxInline.plain(p);
        switch (role(doc, p)) {
            case TITLE -> outline.title(plain);
            case SUBTITLE, CONTENTS -> { }
            case HEADING -> {
                inline.newSection();
                outline.heading(headingLevel(doc, p), HeadingPatterns.stripNumber(plain));
            }
            case BODY -> HeadingPatterns.match(plain).ifPresentOrElse(
                    h -> {
                        inline.newSection();
                        outline.heading(h.depth(), h.title());
                    },
                    () -> outline.block(MarkdownEscape.lineStart(inline.markdown(p))));
        }
    }

    private static Role role(XWPFDocument doc, XWPFParagraph p) {
        String name = styleName(doc, p.getStyleID());
        if (name.equals("title")) {
            return Role.TITLE;
        }
        if (name.equals("subtitle")) {
            return Role.SUBTITLE;
        }
        if (name.startsWith("toc") || isInContentsField(p)) {
            return Role.CONTENTS;
        }
        return headingLevel(doc, p) > 0 ? Role.HEADING : Role.BODY;
    }

    /** 1 to 9 for a heading, 0 for body text: by the style's name, else by an outline level on it or the paragraph. */
    private static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        Matcher m = HEADING_STYLE.matcher(styleName(doc, p.getStyleID()));
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        Integer level = outlineLevel(p.getCTP().getPPr());
        if (level == null && p.getStyleID() != null && doc.getStyles() != null) {
            XWPFStyle style = doc.getStyles().getStyle(p.getStyleID());
            if (style != null && style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getOutlineLvl() != null) {
                level = style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue();
            }
        }
        // Level 9 is Word's "body text".
        return level == null || level >= 9 ? 0 : level + 1;
    }

    private static Integer outlineLevel(CTPPr ppr) {
        return ppr == null || ppr.getOutlineLvl() == null ? null : ppr.getOutlineLvl().getVal().intValue();
    }

    private static String styleName(XWPFDocument doc, String styleId) {
        if (styleId == null) {
            return "";
        }
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(styleId);
        String name = style == null || style.getName() == null ? styleId : style.getName();
        return name.toLowerCase(Locale.ROOT).strip();
    }

    /** A paragraph that holds a TOC field (its result lists the headings again). */
    private static boolean isInContentsField(XWPFParagraph p) {
        return p.getCTP().xmlText().contains(" TOC ") || p.getCTP().getFldSimpleList().stream()
                .anyMatch(f -> f.getInstr() != null && f.getInstr().strip().startsWith("TOC"));
    }

    private static boolean isContents(XWPFSDT sdt) {
        String text = sdt.getContent().getText();
        return sdt.getTitle() != null && sdt.getTitle().toLowerCase(Locale.ROOT).contains("contents")
                || text.isBlank();
    }
}
