package org.councilworkspace.wordexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.councilworkspace.base.Html;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Two versions of a plan as one Word document whose differences are real tracked changes (w:ins and w:del, with
 * the author and date of the later version), so a ministry reviews them in Word with Accept and Reject. A section's
 * text is its Markdown shown as Word shows text (bold, italic, headings, lists; see {@link TrackedMarkdown}), each
 * change tracked where it falls; a paragraph all inserted or all deleted has its paragraph mark tracked too, so
 * accepting or rejecting leaves no empty paragraph.
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
            DocxLists lists = new DocxLists(doc);
            writer.paragraph(doc, plain("Title", List.of(new Piece(Piece.Kind.EQUAL, title))));
            for (ComparedSection s : sections) {
                int level = Math.min(Math.max(s.level(), 1), 6);
                writer.paragraph(doc, plain("Heading" + level, heading(s)));
                TrackedMarkdown.paragraphs(s.body(), level, lists::newList).forEach(p -> writer.paragraph(doc, p));
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

    private static TrackedMarkdown.TrackedParagraph plain(String style, List<Piece> pieces) {
        return new TrackedMarkdown.TrackedParagraph(style, null, 0, 0, pieces.stream()
                .map(p -> new TrackedMarkdown.TrackedRun(p.kind(), p.text(), false, false)).toList());
    }

    private void paragraph(XWPFDocument doc, TrackedMarkdown.TrackedParagraph p) {
        StringBuilder xml = new StringBuilder("<w:p xmlns:w=\"" + W + "\"><w:pPr>");
        if (p.style() != null) {
            xml.append("<w:pStyle w:val=\"").append(p.style()).append("\"/>");
        }
        if (p.list() != null) {
            xml.append("<w:numPr><w:ilvl w:val=\"").append(p.level()).append("\"/><w:numId w:val=\"")
                    .append(p.list()).append("\"/></w:numPr>");
        } else if (p.indent() > 0) {
            xml.append("<w:ind w:left=\"").append(720 * p.indent()).append("\"/>");
        }
        Piece.Kind whole = p.runs().stream().map(TrackedMarkdown.TrackedRun::kind).distinct().count() == 1
                ? p.runs().get(0).kind() : Piece.Kind.EQUAL;
        if (whole != Piece.Kind.EQUAL) {
            // The paragraph mark itself is inserted or deleted with the text.
            String mark = whole == Piece.Kind.INSERTED ? "ins" : "del";
            xml.append("<w:rPr>").append(changeAttributes(mark)).append("/></w:rPr>");
        }
        xml.append("</w:pPr>");
        for (TrackedMarkdown.TrackedRun r : p.runs()) {
            switch (r.kind()) {
                case EQUAL -> xml.append(run(r, "t"));
                case INSERTED -> xml.append(change("ins")).append(run(r, "t")).append("</w:ins>");
                case DELETED -> xml.append(change("del")).append(run(r, "delText")).append("</w:del>");
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
        return changeAttributes(element) + ">";
    }

    /** The opening of a w:ins or w:del element with its id, author and date, left open. */
    private String changeAttributes(String element) {
        return "<w:" + element + " w:id=\"" + nextId++ + "\" w:author=\"" + Html.escape(author) + "\" w:date=\""
                + date + "\"";
    }

    /** Line breaks inside a paragraph stay line breaks. */
    private static String run(TrackedMarkdown.TrackedRun r, String element) {
        StringBuilder xml = new StringBuilder("<w:r>");
        if (r.bold() || r.italic()) {
            xml.append("<w:rPr>").append(r.bold() ? "<w:b/>" : "").append(r.italic() ? "<w:i/>" : "")
                    .append("</w:rPr>");
        }
        String[] lines = r.text().split("\n", -1);
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
