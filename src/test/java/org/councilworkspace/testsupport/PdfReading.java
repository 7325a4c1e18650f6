package org.councilworkspace.testsupport;

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
public final class PdfReading {

    /** One drawn glyph: the font's glyph id, where it sits (PDF points, y down from the top) and its font. */
    public record Glyph(int code, float x, float y, String font) {
    }

    /** A line of text as read: the spans that share a baseline, in order. */
    public record Line(int page, float y, String text) {
    }

    private PdfReading() {
    }

    public static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every span on every page, concatenated in content order. */
    public static String text(byte[] pdf) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines(pdf)) {
            out.append(line.text());
        }
        return out.toString();
    }

    /** Spans grouped into lines by their glyphs' baseline. */
    public static List<Line> lines(byte[] pdf) {
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
    public static List<List<String>> artifacts(byte[] pdf) {
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

    /** A filled rectangle (an underline bar): page, left, top and bottom (y down from the top), width. */
    public record Bar(int page, float x, float top, float bottom, float width) {
    }

    /** Every filled rectangle drawn: underlines of changed words, table header shading. */
    public static List<Bar> bars(byte[] pdf) {
        List<Bar> bars = new ArrayList<>();
        try (PDDocument doc = open(pdf)) {
            int pageNo = 0;
            for (PDPage page : doc.getPages()) {
                int number = ++pageNo;
                float height = page.getMediaBox().getHeight();
                List<java.awt.geom.Point2D> corners = new ArrayList<>();
                new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(page) {
                    @Override
                    public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1,
                                                java.awt.geom.Point2D p2, java.awt.geom.Point2D p3) {
                        corners.clear();
                        corners.addAll(List.of(p0, p1, p2, p3));
                    }

                    @Override
                    public void fillPath(int windingRule) {
                        if (corners.size() == 4) {
                            double minX = corners.stream().mapToDouble(java.awt.geom.Point2D::getX).min().orElse(0);
                            double maxX = corners.stream().mapToDouble(java.awt.geom.Point2D::getX).max().orElse(0);
                            double minY = corners.stream().mapToDouble(java.awt.geom.Point2D::getY).min().orElse(0);
                            double maxY = corners.stream().mapToDouble(java.awt.geom.Point2D::getY).max().orElse(0);
                            bars.add(new Bar(number, (float) minX, height - (float) maxY, height - (float) minY,
                                    (float) (maxX - minX)));
                        }
                        corners.clear();
                    }

                    @Override
                    public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
                    }

                    @Override
                    public void clip(int windingRule) {
                    }

                    @Override
                    public void moveTo(float x, float y) {
                    }

                    @Override
                    public void lineTo(float x, float y) {
                    }

                    @Override
                    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                    }

                    @Override
                    public java.awt.geom.Point2D getCurrentPoint() {
                        return new java.awt.geom.Point2D.Float();
                    }

                    @Override
                    public void closePath() {
                    }

                    @Override
                    public void endPath() {
                        corners.clear();
                    }

                    @Override
                    public void strokePath() {
                        corners.clear();
                    }

                    @Override
                    public void fillAndStrokePath(int windingRule) {
                        fillPath(windingRule);
                    }

                    @Override
                    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
                    }
                }.processPage(page);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bars;
    }

    /** Every glyph drawn in the document, artifacts included. */
    public static List<Glyph> glyphs(byte[] pdf) {
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
