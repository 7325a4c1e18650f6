package org.councilworkspace.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes words as shaped glyphs. Glyph ids go straight into the content stream (Identity-H) at the positions
 * the shaper gave, each word inside a marked-content span with /ActualText holding its source text: the look
 * comes from the font's OpenType tables, the text from what was written. Fonts are embedded as subsets of the
 * glyphs actually drawn. A page's text is collected and written in one piece: hundreds of pages of words are
 * written in well under a second that way.
 */
final class GlyphWriter {

    /** Slant of a face that has no italic cut (Japanese), as a shear of the text matrix. */
    private static final String SLANT = " 0.2 ";
    /** Below the baseline, clear of Thai marks under the line (ุ ู) drawn at their usual depth. */
    private static final float UNDERLINE_DROP = 0.28f;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final PDDocument document;
    private final Shaper shaper;
    private final Map<String, PDType0Font> fonts = new HashMap<>();
    private final Map<Face, Set<Integer>> used = new EnumMap<>(Face.class);
    private final StringBuilder ops = new StringBuilder(1 << 16);
    private final Map<String, String> names = new HashMap<>();
    private PDPageContentStream out;
    private PDPage page;

    GlyphWriter(PDDocument document, Shaper shaper) {
        this.document = document;
        this.shaper = shaper;
    }

    /** Starts a page: fonts get registered in its resources as they are first used. */
    void begin(PDPageContentStream stream, PDPage target) {
        out = stream;
        page = target;
        names.clear();
    }

    /** Writes what was collected; called before anything else is drawn and at the end of the page. */
    void flush() throws IOException {
        if (!ops.isEmpty()) {
            out.appendRawCommands(ops.toString());
            ops.setLength(0);
        }
    }

    void raw(String commands) {
        ops.append(commands);
    }

    void word(Word word, float x, float baseline) throws IOException {
        ops.append("/Span <</ActualText ");
        utf16(word.text(), ops);
        ops.append(">> BDC\n");
        if (!word.pieces().isEmpty()) {
            ops.append("BT\n");
            for (Word.Piece piece : word.pieces()) {
                piece(piece, x + piece.dx(), baseline);
            }
            ops.append("ET\n");
            underlines(word, x, baseline);
        }
        ops.append("EMC\n");
    }

    /** Changed words are underlined: a thin filled bar under each marked piece, in the text's colour. */
    private void underlines(Word word, float x, float baseline) {
        for (Word.Piece piece : word.pieces()) {
            if (piece.underline() && piece.shaped().glyphs().length > 0) {
                float thickness = Math.max(0.5f, piece.size() * 0.06f);
                num(x + piece.dx(), ops);
                ops.append(' ');
                num(baseline - piece.size() * UNDERLINE_DROP - thickness, ops);
                ops.append(' ');
                num(piece.shaped().advance() * piece.size() / FontFiles.UNITS, ops);
                ops.append(' ');
                num(thickness, ops);
                ops.append(" re f\n");
            }
        }
    }

    private void piece(Word.Piece piece, float x, float baseline) throws IOException {
        Shaper.Shaped s = piece.shaped();
        if (s.glyphs().length == 0) {
            return;
        }
        // The name first: registering a font flushes what was collected so far.
        String font = name(piece.face());
        ops.append('/').append(font).append(' ');
        num(piece.size(), ops);
        ops.append(" Tf\n");
        float scale = piece.size() / FontFiles.UNITS;
        String shear = piece.face().slanted ? SLANT : " 0 ";
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
                ops.append("1 0").append(shear).append("1 ");
                num(x + gx * scale, ops);
                ops.append(' ');
                num(baseline + piece.rise() - gy * scale, ops);
                ops.append(" Tm [");
                pen = gx;
                lineY = gy;
            } else if (Math.abs(gx - pen) > 0.05f) {
                num(pen - gx, ops);
                ops.append(' ');
                pen = gx;
            }
            int glyph = s.glyphs()[i];
            glyphs.add(glyph);
            ops.append('<').append(HEX[(glyph >> 12) & 15]).append(HEX[(glyph >> 8) & 15])
                    .append(HEX[(glyph >> 4) & 15]).append(HEX[glyph & 15]).append('>');
            pen += shaper.width(piece.face(), glyph);
        }
        ops.append("] TJ\n");
    }

    /** The font's name in this page's resources, registering it (and its subset) on first use. */
    private String name(Face face) throws IOException {
        String name = names.get(face.file);
        if (name == null) {
            PDType0Font font = font(face);
            flush();
            out.setFont(font, 1);
            name = page.getResources().add(font).getName();
            names.put(face.file, name);
        }
        return name;
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

    static void utf16(String text, StringBuilder hex) {
        hex.append("<FEFF");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            hex.append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
        }
        hex.append('>');
    }

    /** A number with at most three decimals, as PDF wants it (no exponent, no trailing zeros). */
    static void num(float v, StringBuilder out) {
        long thousandths = Math.round(v * 1000.0);
        if (thousandths < 0) {
            out.append('-');
            thousandths = -thousandths;
        }
        out.append(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            out.append('.');
            if (fraction < 100) {
                out.append('0');
            }
            if (fraction < 10) {
                out.append('0');
            }
            while (fraction % 10 == 0) {
                fraction /= 10;
            }
            out.append(fraction);
        }
    }
}
