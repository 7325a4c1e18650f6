package org.councilworkspace.document;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.List;

/**
 * Whether the tone mark of a rendered ที่ sits where Sarabun's own OpenType tables put it (as laid out by the
 * font's layout engine), rather than where the character's default glyph would go without shaping: on top
 * of the upper vowel, where it disappears.
 */
final class ThaiMarks {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private ThaiMarks() {
    }

    static boolean toneMarkAsTheFontPlacesIt(byte[] pdf) {
        List<PdfReading.Glyph> sarabun = PdfReading.glyphs(pdf).stream()
                .filter(g -> g.font().contains("Sarabun")).toList();
        // The word's glyphs: those on the first glyph's line (the page number in the footer is Sarabun too).
        List<PdfReading.Glyph> word = sarabun.stream().filter(g -> Math.abs(g.y() - sarabun.get(0).y()) < 8).toList();
        if (word.size() != 3) {
            return false;
        }
        Font font = FontFiles.awt(Face.THAI_REGULAR);
        GlyphVector placed = font.layoutGlyphVector(FRC, "ที่".toCharArray(), 0, 3, Font.LAYOUT_LEFT_TO_RIGHT);
        GlyphVector unshaped = font.createGlyphVector(FRC, "ที่");
        boolean shapingChangesIt = placed.getGlyphCode(2) != unshaped.getGlyphCode(2)
                || !placed.getGlyphPosition(2).equals(unshaped.getGlyphPosition(2));
        // Where the mark sits relative to the consonant, in thousandths of the font size (y down).
        double scale = FontFiles.UNITS / PdfLayout.BODY;
        double dx = (word.get(2).x() - word.get(0).x()) * scale;
        double dy = (word.get(2).y() - word.get(0).y()) * scale;
        return shapingChangesIt && word.get(2).code() == placed.getGlyphCode(2)
                && Math.abs(dx - placed.getGlyphPosition(2).getX()) < 3
                && Math.abs(dy - placed.getGlyphPosition(2).getY()) < 3;
    }
}
