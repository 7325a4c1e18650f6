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
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.apache.pdfbox.pdmodel.font.PDFont;

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

    /** The text of what is marked as an artifact (running header, page numbers, line numbers), page by page. */
    static List<List<String>> artifacts(byte[] pdf) {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc = open(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                List<String> texts = new ArrayList<>();
                for (PDMarkedContent mc : extractor.getMarkedContents()) {
                    if ("Artifact".equals(mc.getTag())) {
                        StringBuilder text = new StringBuilder();
                        for (Object o : mc.getContents()) {
                            if (o instanceof PDMarkedContent span && span.getActualText() != null) {
                                text.append(span.getActualText());
                            }
                        }
                        texts.add(text.toString());
                    }
                }
                pages.add(texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
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
            // Every glyph, also those without a Unicode mapping (shaped variants), which the stripper would skip.
            PDFTextStripper collector = new PDFTextStripper() {
                @Override
                protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
                        throws IOException {
                    float height = getCurrentPage().getMediaBox().getHeight();
                    glyphs.add(new Glyph(code, matrix.getTranslateX(), height - matrix.getTranslateY(),
                            font.getName()));
                }
            };
            collector.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }
}
