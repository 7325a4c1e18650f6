package org.councilworkspace.wordexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.councilworkspace.base.Html;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Two versions of a plan as one Word document whose differences are real tracked changes (w:ins and w:del, with
 * the author and date of the later version), so a ministry reviews them in Word with Accept and Reject. The text is
 * the sections' text as written (Markdown marks included), since a change may fall inside them.
 */
public final class TrackedChanges {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** One run of a section's text: the same in both versions, only in the later one, or only in the earlier. */
    public record Piece(Kind kind, String text) {

        public enum Kind { EQUAL, INSERTED, DELETED }
    }

    /**
     * One section: its heading level, its numbered title in the later version and in the earlier one (null where the
     * section is not in that version), and its text as pieces.
     */
    public record ComparedSection(int level, String title, String oldTitle, List<Piece> body) {
    }

    private final String author;
    private final String date;
    private int nextId = 1;

    private TrackedChanges(String author, OffsetDateTime date) {
        this.author = author;
        this.date = DateTimeFormatter.ISO_INSTANT.format(date.withOffsetSameInstant(ZoneOffset.UTC).withNano(0));
    }

    public static byte[] render(String languageTag, String title, String author, OffsetDateTime date,
                                List<ComparedSection> sections) {
        TrackedChanges writer = new TrackedChanges(author, date);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.install(doc, languageTag);
            doc.getProperties().getCoreProperties().setTitle(title);
            DocxRenderer.headerAndFooter(doc, title);
            writer.paragraph(doc, "Title", List.of(new Piece(Piece.Kind.EQUAL, title)));
            for (ComparedSection s : sections) {
                writer.paragraph(doc, "Heading" + Math.min(Math.max(s.level(), 1), 6), heading(s));
                for (List<Piece> paragraph : paragraphs(s.body())) {
                    writer.paragraph(doc, null, paragraph);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Piece> heading(ComparedSection s) {
        if (s.oldTitle() == null) {
            return List.of(new Piece(Piece.Kind.INSERTED, s.title()));
        }
        if (s.title() == null) {
            return List.of(new Piece(Piece.Kind.DELETED, s.oldTitle()));
        }
        return s.title().equals(s.oldTitle()) ? List.of(new Piece(Piece.Kind.EQUAL, s.title()))
                : List.of(new Piece(Piece.Kind.DELETED, s.oldTitle()), new Piece(Piece.Kind.INSERTED, s.title()));
    }

    /** The pieces split into paragraphs at blank lines, as the Markdown text has them. */
    static List<List<Piece>> paragraphs(List<Piece> pieces) {
        List<List<Piece>> paragraphs = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        for (Piece piece : pieces) {
            String[] parts = piece.text().split("\n\n+", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
                if (!parts[i].isEmpty()) {
                    current.add(new Piece(piece.kind(), parts[i]));
                }
            }
        }
        paragraphs.add(current);
        paragraphs.removeIf(List::isEmpty);
        return paragraphs;
    }

    private void paragraph(XWPFDocument doc, String style, List<Piece> pieces) {
        StringBuilder xml = new StringBuilder("<w:p xmlns:w=\"" + W + "\">");
        if (style != null) {
            xml.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        }
        for (Piece piece : pieces) {
            switch (piece.kind()) {
                case EQUAL -> xml.append(run(piece.text(), "t"));
                case INSERTED -> xml.append(change("ins")).append(run(piece.text(), "t")).append("</w:ins>");
                case DELETED -> xml.append(change("del")).append(run(piece.text(), "delText")).append("</w:del>");
            }
        }
        xml.append("</w:p>");
        try {
            // The parsed w:p's content becomes the new paragraph's, not a paragraph inside it.
            XmlOptions options = new XmlOptions().setLoadReplaceDocumentElement(null);
            doc.createParagraph().getCTP().set(CTP.Factory.parse(xml.toString(), options));
        } catch (XmlException e) {
            throw new IllegalStateException("A paragraph of escaped text did not parse", e);
        }
    }

    private String change(String element) {
        return "<w:" + element + " w:id=\"" + nextId++ + "\" w:author=\"" + Html.escape(author) + "\" w:date=\""
                + date + "\">";
    }

    /** Line breaks inside a paragraph stay line breaks. */
    private static String run(String text, String element) {
        StringBuilder xml = new StringBuilder("<w:r>");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                xml.append("<w:br/>");
            }
            xml.append("<w:").append(element).append(" xml:space=\"preserve\">").append(Html.escape(lines[i]))
                    .append("</w:").append(element).append('>');
        }
        return xml.append("</w:r>").toString();
    }
}
