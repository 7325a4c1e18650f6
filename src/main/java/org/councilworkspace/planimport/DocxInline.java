package org.councilworkspace.planimport;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

/**
 * The text of one Word paragraph as Markdown: bold and italic runs marked, the rest escaped, footnote references as
 * {@code [^n]} with the footnote's text kept for the end of the section, pictures as images where they stand.
 */
final class DocxInline {

    private final XWPFDocument doc;
    private final DocxImages images;
    private final List<String> footnotes = new ArrayList<>();
    private int footnoteCount;

    DocxInline(XWPFDocument doc, DocxImages images) {
        this.doc = doc;
        this.images = images;
    }

    /** Each section numbers its footnotes from 1, as sections are written and as the PDF prints them. */
    void newSection() {
        footnoteCount = 0;
    }

    /** Footnote definitions met since the last call, as Markdown lines, and forgets them. */
    String takeFootnotes() {
        String text = String.join("\n", footnotes);
        footnotes.clear();
        return text;
    }

    String markdown(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        StringBuilder group = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        for (XWPFRun run : paragraph.getRuns()) {
            if (isDeleted(run)) {
                continue;
            }
            String text = runText(run);
            if (!run.getCTR().getFootnoteReferenceList().isEmpty()) {
                // POI spells the reference out as "[footnoteRef:n]"; it is marked below the Markdown way instead.
                text = text.replaceAll("\\[footnoteRef:\\d+\\]", "");
            }
            boolean b = run.isBold();
            boolean i = run.isItalic();
            if ((b != bold || i != italic) && !group.isEmpty()) {
                out.append(wrap(group.toString(), bold, italic));
                group.setLength(0);
            }
            bold = b;
            italic = i;
            group.append(MarkdownEscape.inline(text));
            for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
                group.append(footnote(ref.getId()));
            }
            if (!run.getCTR().getDrawingList().isEmpty()) {
                // A picture stands where it stood in the text, outside any bold or italic marks around it.
                out.append(wrap(group.toString(), bold, italic));
                group.setLength(0);
                out.append(images.markdown(run));
            }
        }
        out.append(wrap(group.toString(), bold, italic));
        return out.toString();
    }

    /** The paragraph's plain text, for headings and titles. */
    static String plain(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        paragraph.getRuns().stream().filter(r -> !isDeleted(r)).forEach(r -> out.append(runText(r)));
        return out.toString();
    }

    /** Text a reviewer deleted (or moved away) under tracked changes: gone once the changes are accepted. */
    private static boolean isDeleted(XWPFRun run) {
        org.w3c.dom.Node parent = run.getCTR().getDomNode().getParentNode();
        String name = parent == null ? null : parent.getLocalName();
        return "del".equals(name) || "moveFrom".equals(name);
    }

    private static String runText(XWPFRun run) {
        String text = run.text();
        return text == null ? "" : text.replace('\u000B', '\n').replace("\r", "");
    }

    private String footnote(BigInteger id) {
        XWPFFootnote note = doc.getFootnoteByID(id.intValue());
        if (note == null) {
            return "";
        }
        String label = Integer.toString(++footnoteCount);
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph p : note.getParagraphs()) {
            String line = markdown(p).strip();
            if (!line.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(line);
            }
        }
        footnotes.add("[^" + label + "]: " + text);
        return "[^" + label + "]";
    }

    /** Markers go round the words, never round the spaces beside them, or Markdown would not read them. */
    private static String wrap(String text, boolean bold, boolean italic) {
        if (!bold && !italic || text.isBlank()) {
            return text;
        }
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String mark = (bold ? "**" : "") + (italic ? "*" : "");
        String close = (italic ? "*" : "") + (bold ? "**" : "");
        return text.substring(0, start) + mark + text.substring(start, end) + close + text.substring(end);
    }
}
