package org.councilworkspace.document;

import java.util.ArrayList;
import java.util.List;

/** One laid-out page: what to draw on it, in reading order. Coordinates are PDF points from the bottom left. */
final class Page {

    /** Something drawn on a page. */
    sealed interface Op {
    }

    /** A word at its baseline. */
    record Text(float x, float baseline, Word word) implements Op {
    }

    /** Marks a line of body text, for the optional line numbers in the margin. */
    record TextLine(float baseline) implements Op {
    }

    /** A straight rule (table borders, the header's line). */
    record Rule(float x1, float y1, float x2, float y2, float width) implements Op {
    }

    /** A light background (table header cells). */
    record Shade(float x, float y, float w, float h) implements Op {
    }

    /** The page a heading ended up on, right-aligned at {@code right}; known only once all pages are laid out. */
    record PageNumberOf(String anchor, float right, float baseline, float size) implements Op {
    }

    /** A picture with its lower left corner at x, y. */
    record Picture(Block.Image image, float x, float y, float w, float h) implements Op {
    }

    /** A clickable area leading to a heading. */
    record LinkTo(String anchor, float x, float y, float w, float h) implements Op {
    }

    final boolean titlePage;
    final List<Op> ops = new ArrayList<>();

    Page(boolean titlePage) {
        this.titlePage = titlePage;
    }
}
