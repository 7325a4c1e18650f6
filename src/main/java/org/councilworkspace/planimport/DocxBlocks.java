package org.councilworkspace.planimport;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Word lists and tables as Markdown: bulleted and numbered items by level, tables as GitHub-style pipe tables. */
final class DocxBlocks {

    private final DocxInline inline;

    DocxBlocks(DocxInline inline) {
        this.inline = inline;
    }

    /** One list item; four spaces per level nest it under the item before, for bullets and numbers alike. */
    String listItem(XWPFParagraph p) {
        BigInteger level = p.getNumIlvl();
        int depth = level == null ? 0 : Math.min(level.intValue(), 8);
        String format = p.getNumFmt();
        String marker = format == null || format.equals("bullet") || format.equals("none") ? "- " : "1. ";
        return "    ".repeat(depth) + marker + inline.markdown(p).strip();
    }

    String table(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        int width = 0;
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell(cell));
            }
            width = Math.max(width, cells.size());
            rows.add(cells);
        }
        if (rows.isEmpty() || width == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            out.append('|');
            for (int c = 0; c < width; c++) {
                List<String> cells = rows.get(r);
                out.append(' ').append(c < cells.size() ? cells.get(c) : "").append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|').append(" --- |".repeat(width)).append('\n');
            }
        }
        return out.toString();
    }

    /** A cell's paragraphs on one line (a pipe table has no other way), pipes escaped by the inline text. */
    private String cell(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String text = inline.markdown(p).replace('\n', ' ').strip();
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join(" ", parts);
    }
}
