package org.councilworkspace.document;

import java.util.List;

/**
 * The unit lines are broken between: one ICU line-break segment, drawn as one marked span whose /ActualText is
 * exactly its source text (trailing spaces included), so copying, searching and screen readers get the words as
 * written whatever order the shaped glyphs are drawn in.
 */
record Word(String text, List<Piece> pieces, float width, float spaceAfter, boolean hardBreak) {

    /**
     * Glyphs of one face at one size, {@code dx} points from the start of the word, {@code rise} points above the
     * baseline (a footnote number), underlined when the run is marked as changed.
     */
    record Piece(Face face, float size, Shaper.Shaped shaped, float dx, float rise, boolean underline) {
    }
}
