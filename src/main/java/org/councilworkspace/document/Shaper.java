package org.councilworkspace.document;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns text into positioned glyphs of one face. With shaping on, the JDK's layout engine (HarfBuzz) applies the
 * font's OpenType tables, which place Thai vowels and tone marks (the tone mark of ที่ sits above the upper
 * vowel, not on it). With shaping off, each character gets its default glyph at its default advance: only the
 * tests use that, to show what shaping changes. Results are kept per renderer, as words repeat.
 */
final class Shaper {

    /** Glyphs in positioning order with their positions in thousandths of the font size (y grows downwards). */
    record Shaped(int[] glyphs, float[] x, float[] y, float advance) {
    }

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final boolean shaping;
    private final Map<Face, Map<String, Shaped>> cache = new HashMap<>();
    private final Map<Face, Map<Integer, Integer>> widths = new HashMap<>();

    Shaper(boolean shaping) {
        this.shaping = shaping;
    }

    Shaped shape(Face face, String text) {
        return cache.computeIfAbsent(face, f -> new HashMap<>()).computeIfAbsent(text, t -> layout(face, t));
    }

    /** The glyph's own advance as the PDF font's width table will have it (rounded thousandths). */
    int width(Face face, int glyph) {
        return widths.computeIfAbsent(face, f -> new HashMap<>()).computeIfAbsent(glyph, g -> Math.round(
                FontFiles.awt(face).createGlyphVector(FRC, new int[] {g}).getGlyphMetrics(0).getAdvanceX()));
    }

    private Shaped layout(Face face, String text) {
        Font font = FontFiles.awt(face);
        char[] chars = text.toCharArray();
        GlyphVector gv = shaping
                ? font.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT)
                : font.createGlyphVector(FRC, chars);
        int n = gv.getNumGlyphs();
        float[] positions = gv.getGlyphPositions(0, n, null);
        int[] codes = gv.getGlyphCodes(0, n, null);
        int visible = 0;
        for (int code : codes) {
            if (code < 0xFFFE) {
                visible++;
            }
        }
        int[] glyphs = new int[visible];
        float[] x = new float[visible];
        float[] y = new float[visible];
        int k = 0;
        for (int i = 0; i < n; i++) {
            // The layout engine marks glyphs it has merged away (0xFFFF) or made invisible (0xFFFE): draw nothing.
            if (codes[i] < 0xFFFE) {
                glyphs[k] = codes[i];
                x[k] = positions[2 * i];
                y[k] = positions[2 * i + 1];
                k++;
            }
        }
        float advance = (float) gv.getGlyphPosition(n).getX();
        return new Shaped(glyphs, x, y, advance);
    }
}
