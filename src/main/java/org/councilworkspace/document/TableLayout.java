package org.councilworkspace.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables: columns as wide as their text asks, within the page; rows that do not fit go to the next page with
 * the header rows repeated; a row taller than a page is continued line by line.
 */
final class TableLayout {

    private static final float SIZE = 9.5f;
    private static final float PAD = 4;

    private final PdfLayout layout;

    TableLayout(PdfLayout layout) {
        this.layout = layout;
    }

    void layout(Block.Table table, float indent) {
        int columns = table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        if (columns == 0) {
            return;
        }
        float[] widths = widths(table, columns, PdfLayout.width() - indent);
        List<List<List<TextFlow.Line>>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<List<TextFlow.Line>> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                List<Block.TableCell> given = table.rows().get(r).cells();
                List<Run> runs = c < given.size() ? given.get(c).runs() : List.of();
                if (r < table.headerRows()) {
                    runs = runs.stream().map(Run::withBold).toList();
                }
                cells.add(layout.flow.lines(runs, SIZE, widths[c] - 2 * PAD));
            }
            rows.add(cells);
        }
        float x = PdfLayout.LEFT + indent;
        for (int r = 0; r < rows.size(); r++) {
            row(rows, r, table.headerRows(), x, widths);
        }
        layout.y -= PdfLayout.BODY * 0.6f;
    }

    private void row(List<List<List<TextFlow.Line>>> rows, int r, int headerRows, float x, float[] widths) {
        boolean header = r < headerRows;
        List<List<TextFlow.Line>> cells = rows.get(r);
        float lead = SIZE * PdfLayout.LEADING;
        int lines = cells.stream().mapToInt(List::size).max().orElse(0);
        float height = Math.max(1, lines) * lead + 2 * PAD;
        // A short row is kept whole; a long one starts here and is continued on the next page.
        if (layout.y - height < PdfLayout.BOTTOM && !layout.atTop()
                && (lines <= 3 || layout.y - (lead + 2 * PAD) < PdfLayout.BOTTOM)) {
            newPage(rows, headerRows, x, widths, header);
        }
        int[] from = new int[cells.size()];
        while (chunk(cells, from, x, widths, header)) {
            newPage(rows, headerRows, x, widths, header);
        }
    }

    private void newPage(List<List<List<TextFlow.Line>>> rows, int headerRows, float x, float[] widths,
                         boolean header) {
        layout.newPage();
        for (int h = 0; h < headerRows && !header; h++) {
            chunk(rows.get(h), new int[rows.get(h).size()], x, widths, true);
        }
    }

    /** Draws as many lines of the row as fit; true when some are left for the next page. */
    private boolean chunk(List<List<TextFlow.Line>> cells, int[] from, float x, float[] widths, boolean header) {
        float lead = SIZE * PdfLayout.LEADING;
        int fit = (int) Math.max(1, Math.floor((layout.y - PdfLayout.BOTTOM - 2 * PAD) / lead));
        int lines = 0;
        boolean left = false;
        for (int c = 0; c < cells.size(); c++) {
            int n = Math.min(fit, cells.get(c).size() - from[c]);
            lines = Math.max(lines, n);
            left |= from[c] + n < cells.get(c).size();
        }
        float height = Math.max(1, lines) * lead + 2 * PAD;
        float top = layout.y;
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (header) {
            layout.page.ops.add(new Page.Shade(x, top - height, total, height));
        }
        float cx = x;
        for (int c = 0; c < cells.size(); c++) {
            int n = Math.min(fit, cells.get(c).size() - from[c]);
            float baseline = top - PAD - SIZE * 1.15f;
            for (int i = 0; i < n; i++) {
                layout.line(cells.get(c).get(from[c] + i), cx + PAD, baseline, false);
                baseline -= lead;
            }
            from[c] += n;
            layout.page.ops.add(new Page.Rule(cx, top, cx, top - height, 0.5f));
            cx += widths[c];
        }
        layout.page.ops.add(new Page.Rule(cx, top, cx, top - height, 0.5f));
        layout.page.ops.add(new Page.Rule(x, top, cx, top, 0.5f));
        layout.page.ops.add(new Page.Rule(x, top - height, cx, top - height, 0.5f));
        layout.y = top - height;
        return left;
    }

    /** Each column's share follows the length of its text, but never below its longest word. */
    private float[] widths(Block.Table table, int columns, float available) {
        float[] natural = new float[columns];
        float[] least = new float[columns];
        for (Block.TableRow row : table.rows()) {
            for (int c = 0; c < row.cells().size() && c < columns; c++) {
                float line = 0;
                for (Word w : layout.flow.words(row.cells().get(c).runs(), SIZE, available)) {
                    line += w.width() + w.spaceAfter();
                    least[c] = Math.max(least[c], w.width() + 2 * PAD);
                }
                natural[c] = Math.max(natural[c], line + 2 * PAD);
            }
        }
        float sum = 0;
        for (int c = 0; c < columns; c++) {
            natural[c] = Math.max(natural[c], 24);
            sum += Math.sqrt(natural[c]);
        }
        float[] widths = new float[columns];
        float total = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max((float) (available * Math.sqrt(natural[c]) / sum),
                    Math.min(least[c], available / columns));
            total += widths[c];
        }
        for (int c = 0; c < columns; c++) {
            widths[c] *= available / total;
        }
        return widths;
    }
}
