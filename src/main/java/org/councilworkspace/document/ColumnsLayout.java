package org.councilworkspace.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The side-by-side table (old | new): two equal columns under a header naming them, repeated on every page. Each
 * cell's blocks (paragraphs, lists, notes; a table inside becomes one line per row) are laid out as lines first;
 * a row is then drawn as far as the page allows and continued on the next, so a long section never runs off a page.
 */
final class ColumnsLayout {

    private static final float SIZE = 9.5f;
    private static final float PAD = 5;
    private static final float INDENT = 14;

    /** One line of a cell: its words, size, indent, an optional marker (a list's bullet) and space before it. */
    private record CellLine(TextFlow.Line line, float size, float indent, Word marker, float before) {

        float height() {
            return before + size * PdfLayout.LEADING;
        }
    }

    private final PdfLayout layout;
    private final float column;

    ColumnsLayout(PdfLayout layout) {
        this.layout = layout;
        this.column = PdfLayout.width() / 2;
    }

    void layout(Block.SideBySide table) {
        if (layout.y - SIZE * PdfLayout.LEADING * 4 < PdfLayout.BOTTOM) {
            layout.newPage();
        }
        List<List<CellLine>> header = List.of(
                lines(List.of(new Block.Paragraph(List.of(Run.bold(table.leftHeader())))), SIZE),
                lines(List.of(new Block.Paragraph(List.of(Run.bold(table.rightHeader())))), SIZE));
        row(header, true, header);
        for (Block.SideRow r : table.rows()) {
            List<List<CellLine>> cells = List.of(lines(r.left(), SIZE), lines(r.right(), SIZE));
            // A row starts on a new page when not even its first lines would fit here.
            float first = cells.stream().filter(c -> !c.isEmpty()).map(c -> c.get(0).height() * 2)
                    .max(Float::compare).orElse(SIZE);
            if (layout.y - first - 2 * PAD < PdfLayout.BOTTOM) {
                newPage(header);
            }
            row(cells, false, header);
        }
        layout.y -= PdfLayout.BODY * 0.6f;
    }

    private void newPage(List<List<CellLine>> header) {
        layout.newPage();
        row(header, true, header);
    }

    private void row(List<List<CellLine>> cells, boolean isHeader, List<List<CellLine>> header) {
        int[] from = new int[cells.size()];
        boolean continued = false;
        while (true) {
            float top = layout.y;
            float lowest = top;
            boolean left = false;
            List<Page.Op> drawn = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                float x = PdfLayout.LEFT + c * column + PAD;
                float y = top - PAD;
                List<CellLine> lines = cells.get(c);
                int i = from[c];
                while (i < lines.size() && (y - lines.get(i).height() >= PdfLayout.BOTTOM || i == from[c] && continued)) {
                    CellLine l = lines.get(i);
                    y -= l.before();
                    float baseline = y - l.size() * 1.15f;
                    if (l.marker() != null) {
                        drawn.add(new Page.Text(x + l.indent() - INDENT, baseline, l.marker()));
                    }
                    for (int w = 0; w < l.line().words().size(); w++) {
                        drawn.add(new Page.Text(x + l.indent() + l.line().offsets()[w], baseline,
                                l.line().words().get(w)));
                    }
                    y -= l.size() * PdfLayout.LEADING;
                    i++;
                }
                from[c] = i;
                left |= i < lines.size();
                lowest = Math.min(lowest, y);
            }
            float bottom = lowest - PAD;
            if (isHeader) {
                layout.page.ops.add(new Page.Shade(PdfLayout.LEFT, bottom, 2 * column, top - bottom));
            }
            layout.page.ops.addAll(drawn);
            borders(top, bottom);
            layout.y = bottom;
            if (!left) {
                return;
            }
            newPage(header);
            continued = true;
        }
    }

    private void borders(float top, float bottom) {
        float x = PdfLayout.LEFT;
        for (int c = 0; c <= 2; c++) {
            layout.page.ops.add(new Page.Rule(x + c * column, top, x + c * column, bottom, 0.5f));
        }
        layout.page.ops.add(new Page.Rule(x, top, x + 2 * column, top, 0.5f));
        layout.page.ops.add(new Page.Rule(x, bottom, x + 2 * column, bottom, 0.5f));
    }

    private List<CellLine> lines(List<Block> blocks, float size) {
        List<CellLine> out = new ArrayList<>();
        for (Block b : blocks) {
            block(b, size, 0, out);
        }
        return out;
    }

    private void block(Block b, float size, float indent, List<CellLine> out) {
        float width = column - 2 * PAD - indent;
        if (b instanceof Block.Heading h) {
            add(List.of(Run.bold(h.numberedText())), size, indent, null, out);
        } else if (b instanceof Block.Paragraph p) {
            add(p.runs(), size, indent, null, out);
        } else if (b instanceof Block.ListBlock list) {
            int n = list.start();
            for (Block.ListItem item : list.items()) {
                Word marker = word(list.numbered() ? (n++) + "." : "•", size, width);
                boolean first = true;
                for (Block inner : item.blocks()) {
                    if (first && inner instanceof Block.Paragraph p) {
                        add(p.runs(), size, indent + INDENT, marker, out);
                    } else {
                        block(inner, size, indent + INDENT, out);
                    }
                    first = false;
                }
            }
        } else if (b instanceof Block.Table t) {
            for (Block.TableRow row : t.rows()) {
                List<Run> runs = new ArrayList<>();
                for (Block.TableCell cell : row.cells()) {
                    if (!runs.isEmpty()) {
                        runs.add(Run.plain(" | "));
                    }
                    runs.addAll(cell.runs());
                }
                add(runs, size, indent, null, out);
            }
        } else if (b instanceof Block.Notes notes) {
            for (Note note : notes.notes()) {
                add(note.text(), PdfLayout.NOTE, indent + INDENT, word(note.number() + ".", PdfLayout.NOTE, width),
                        out);
            }
        }
    }

    /** The runs' lines; the first gets the marker and a little space above, as a paragraph does. */
    private void add(List<Run> runs, float size, float indent, Word marker, List<CellLine> out) {
        List<TextFlow.Line> lines = layout.flow.lines(runs, size, column - 2 * PAD - indent);
        for (int i = 0; i < lines.size(); i++) {
            out.add(new CellLine(lines.get(i), size, indent, i == 0 ? marker : null,
                    i == 0 && !out.isEmpty() ? size * 0.4f : 0));
        }
    }

    private Word word(String text, float size, float width) {
        return layout.flow.words(List.of(Run.plain(text)), size, width).get(0);
    }
}
