package org.councilworkspace.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads generated PDFs back with PDFBox, as a reader would: the text of every span (its /ActualText), line by
 * line, leaving out artifacts (header, footer, line numbers); and every glyph drawn, with its position.
 */
final class PdfReading {

    /** One drawn glyph: the font's glyph id, where it sits (PDF points, y down from the top) and its font. */
    record Glyph(int code, float x, float y, String font) {
    }

    /** A line of text as read: the spans that share a baseline, in order. */
    record Line(int page, float y, String text) {
    }

    private PdfReading() {
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every span on every page, concatenated in content order. */
    static String text(byte[] pdf) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines(pdf)) {
            out.append(line.text());
        }
        return out.toString();
    }

    /** Spans grouped into lines by their glyphs' baseline. */
    static List<Line> lines(byte[] pdf) {
        List<Line> lines = new ArrayList<>();
        try (PDDocument doc = open(pdf)) {
            int pageNo = 0;
            for (PDPage page : doc.getPages()) {
                pageNo++;
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                float lastY = Float.NaN;
                StringBuilder current = null;
                for (PDMarkedContent span : extractor.getMarkedContents()) {
                    if (!"Span".equals(span.getTag()) || span.getActualText() == null) {
                        continue;
                    }
                    float y = baseline(span);
                    if (current == null || (!Float.isNaN(y) && Math.abs(y - lastY) > 1)) {
                        if (current != null) {
                            lines.add(new Line(pageNo, lastY, current.toString()));
                        }
                        current = new StringBuilder();
                        lastY = y;
                    }
                    current.append(span.getActualText());
                }
                if (current != null) {
                    lines.add(new Line(pageNo, lastY, current.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static float baseline(PDMarkedContent span) {
        for (Object o : span.getContents()) {
            if (o instanceof TextPosition t) {
                return t.getYDirAdj();
            }
        }
        return Float.NaN;
    }

    /** Every glyph drawn in the document, artifacts included. */
    static List<Glyph> glyphs(byte[] pdf) {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = open(pdf)) {
            PDFTextStripper collector = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    for (int code : text.getCharacterCodes()) {
                        glyphs.add(new Glyph(code, text.getX(), text.getY(), text.getFont().getName()));
                    }
                }
            };
            collector.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }
}
