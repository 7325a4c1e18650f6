package org.councilworkspace.document;

import java.util.List;
import java.util.Objects;

/** One block of a document, in reading order. */
public sealed interface Block {

    /**
     * A heading. Level 1 is a chapter; the number is printed before the text ("2.1"), may be empty; the anchor
     * lets the table of contents point at it and is unique within a document (null: not in the contents).
     */
    record Heading(int level, String number, String text, String anchor) implements Block {

        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level " + level);
            }
            number = number == null ? "" : number;
            Objects.requireNonNull(text, "text");
        }

        public String numberedText() {
            return number.isEmpty() ? text : number + " " + text;
        }
    }

    /** A paragraph of inline runs. */
    record Paragraph(List<Run> runs) implements Block {

        public Paragraph {
            runs = List.copyOf(runs);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Run.plain(text)));
        }

        public String text() {
            StringBuilder out = new StringBuilder();
            runs.forEach(r -> out.append(r.text()));
            return out.toString();
        }
    }

    /** A bulleted or numbered list; numbered lists count from {@code start}. Items may hold nested lists. */
    record ListBlock(boolean numbered, int start, List<ListItem> items) implements Block {

        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** One item of a list: its own blocks (usually one paragraph, perhaps a nested list). */
    record ListItem(List<Block> blocks) {

        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }

    /** A table; the first {@code headerRows} rows are its header, repeated on every page the table spans. */
    record Table(int headerRows, List<TableRow> rows) implements Block {

        public Table {
            rows = List.copyOf(rows);
        }
    }

    record TableRow(List<TableCell> cells) {

        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    record TableCell(List<Run> runs) {

        public TableCell {
            runs = List.copyOf(runs);
        }

        public static TableCell of(String text) {
            return new TableCell(List.of(Run.plain(text)));
        }
    }

    /** Where the table of contents goes: every heading with an anchor, with its page. */
    record TableOfContents(String title) implements Block {
    }

    /**
     * A picture on a line of its own: its bytes (PNG, JPEG or GIF), its description for those who cannot see it,
     * and its size in pixels (0 when unknown), which sets its size on the page at 96 pixels to the inch.
     */
    record Image(byte[] content, String alt, int widthPx, int heightPx) implements Block {

        public Image {
            Objects.requireNonNull(content, "content");
            alt = alt == null ? "" : alt;
        }

        /** A picture with its size read from its header (the pixels are not decoded). */
        public static Image of(byte[] content, String alt) {
            int[] size = ImageSize.of(content);
            return new Image(content, alt, size[0], size[1]);
        }

        /** Its size in points within a box, proportions kept, never enlarged. */
        public float[] sizeWithin(float maxWidth, float maxHeight) {
            return ImageSize.fit(this, maxWidth, maxHeight);
        }
    }

    /** The next block starts on a new page. */
    record PageBreak() implements Block {
    }

    /**
     * The footnotes of a section, in the order of their references: in PDF they are printed where this block stands
     * (the end of the section); Word places them at the foot of the page from the references and skips this block.
     */
    record Notes(List<Note> notes) implements Block {

        public Notes {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Two columns compared row by row (the old | new table, 新旧対照表): a header naming each column, repeated on
     * every page, then rows whose two cells hold blocks of their own.
     */
    record SideBySide(String leftHeader, String rightHeader, List<SideRow> rows) implements Block {

        public SideBySide {
            Objects.requireNonNull(leftHeader, "leftHeader");
            Objects.requireNonNull(rightHeader, "rightHeader");
            rows = List.copyOf(rows);
        }
    }

    /** One row of a side-by-side table: what stands on the left and on the right. */
    record SideRow(List<Block> left, List<Block> right) {

        public SideRow {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }
}
