package org.councilworkspace.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes words as shaped glyphs. Glyph ids go straight into the content stream (Identity-H) at the positions
 * the shaper gave, each word inside a marked-content span with /ActualText holding its source text: the look
 * comes from the font's OpenType tables, the text from what was written. Fonts are embedded as subsets of the
 * glyphs actually drawn.
 */
final class GlyphWriter {

    /** Slant of a face that has no italic cut (Japanese), as a shear of the text matrix. */
    private static final float SLANT = 0.2f;

    private final PDDocument document;
    private final Shaper shaper;
    private final Map<String, PDType0Font> fonts = new HashMap<>();
    private final Map<Face, Set<Integer>> used = new EnumMap<>(Face.class);

    GlyphWriter(PDDocument document, Shaper shaper) {
        this.document = document;
        this.shaper = shaper;
    }

    void word(PDPageContentStream out, Word word, float x, float baseline) throws IOException {
        out.appendRawCommands("/Span <</ActualText " + utf16(word.text()) + ">> BDC\n");
        if (!word.pieces().isEmpty()) {
            out.beginText();
            for (Word.Piece piece : word.pieces()) {
                piece(out, piece, x + piece.dx(), baseline);
            }
            out.endText();
        }
        out.appendRawCommands("EMC\n");
    }

    private void piece(PDPageContentStream out, Word.Piece piece, float x, float baseline) throws IOException {
        Shaper.Shaped s = piece.shaped();
        if (s.glyphs().length == 0) {
            return;
        }
        out.setFont(font(piece.face()), piece.size());
        float scale = piece.size() / FontFiles.UNITS;
        String shear = piece.face().slanted ? " " + SLANT + " " : " 0 ";
        StringBuilder ops = new StringBuilder();
        Set<Integer> glyphs = used.computeIfAbsent(piece.face(), f -> new HashSet<>());
        float lineY = Float.NaN;
        float pen = 0;
        for (int i = 0; i < s.glyphs().length; i++) {
            float gx = s.x()[i];
            float gy = s.y()[i];
            if (gy != lineY) {
                // A glyph raised or lowered by the font (a Thai mark) starts a new positioned string.
                if (!Float.isNaN(lineY)) {
                    ops.append("] TJ\n");
                }
                ops.append("1 0").append(shear).append("1 ").append(num(x + gx * scale)).append(' ')
                        .append(num(baseline - gy * scale)).append(" Tm [");
                pen = gx;
                lineY = gy;
            } else if (Math.abs(gx - pen) > 0.05f) {
                ops.append(num(pen - gx)).append(' ');
                pen = gx;
            }
            int glyph = s.glyphs()[i];
            glyphs.add(glyph);
            ops.append('<').append(String.format("%04X", glyph)).append('>');
            pen += shaper.width(piece.face(), glyph);
        }
        ops.append("] TJ\n");
        out.appendRawCommands(ops.toString());
    }

    private PDType0Font font(Face face) throws IOException {
        PDType0Font font = fonts.get(face.file);
        if (font == null) {
            font = PDType0Font.load(document, new ByteArrayInputStream(FontFiles.bytes(face)), true);
            fonts.put(face.file, font);
        }
        return font;
    }

    /** Tells each embedded font which glyphs to keep; called once, before the document is saved. */
    void subset() throws IOException {
        for (Map.Entry<Face, Set<Integer>> e : used.entrySet()) {
            font(e.getKey()).addGlyphsToSubset(e.getValue());
        }
    }

    static String utf16(String text) {
        StringBuilder hex = new StringBuilder("<FEFF");
        for (char c : text.toCharArray()) {
            hex.append(String.format("%04X", (int) c));
        }
        return hex.append('>').toString();
    }

    private static String num(float v) {
        String s = String.format(java.util.Locale.ROOT, "%.3f", v);
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        return s.charAt(end - 1) == '.' ? s.substring(0, end - 1) : s.substring(0, end);
    }
}
