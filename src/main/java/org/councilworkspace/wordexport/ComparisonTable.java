package org.councilworkspace.wordexport;

import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.Run;

/**
 * The side-by-side block (the old | new comparison table, 新旧対照表) as a Word table: the header row naming the two
 * versions, repeated on every page, then one row per section with each side's blocks as Word paragraphs and lists in
 * its cell; changed words come as bold, underlined runs from the model.
 */
final class ComparisonTable {

    private ComparisonTable() {
    }

    static void write(XWPFDocument doc, DocxLists lists, Block.SideBySide side) {
        XWPFTable table = doc.createTable(side.rows().size() + 1, 2);
        table.setWidth("100%");
        table.getRow(0).setRepeatHeader(true);
        header(table.getRow(0).getCell(0), side.leftHeader());
        header(table.getRow(0).getCell(1), side.rightHeader());
        for (int i = 0; i < side.rows().size(); i++) {
            cell(table.getRow(i + 1).getCell(0), side.rows().get(i).left(), lists);
            cell(table.getRow(i + 1).getCell(1), side.rows().get(i).right(), lists);
        }
        doc.createParagraph();
    }

    private static void header(XWPFTableCell cell, String text) {
        cell.setWidth("50%");
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setBold(true);
        run.setText(text);
    }

    private static void cell(XWPFTableCell cell, List<Block> blocks, DocxLists lists) {
        cell.setWidth("50%");
        Supplier<XWPFParagraph> next = paragraphs(cell);
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                DocxRenderer.runs(next.get(), List.of(Run.bold(h.numberedText())));
            } else if (block instanceof Block.Paragraph p) {
                DocxRenderer.runs(next.get(), p.runs());
            } else if (block instanceof Block.ListBlock list) {
                lists.write(list, 0, next, DocxRenderer::runs);
            } else if (block instanceof Block.Table t) {
                // A table inside a cell of a table reads badly in Word: one line per row, cells apart.
                for (Block.TableRow row : t.rows()) {
                    XWPFParagraph p = next.get();
                    for (int c = 0; c < row.cells().size(); c++) {
                        if (c > 0) {
                            p.createRun().setText(" | ");
                        }
                        DocxRenderer.runs(p, row.cells().get(c).runs());
                    }
                }
            }
        }
    }

    /** The cell's paragraphs in turn: the one Word gives every cell, then new ones. */
    private static Supplier<XWPFParagraph> paragraphs(XWPFTableCell cell) {
        boolean[] used = {false};
        return () -> {
            if (!used[0]) {
                used[0] = true;
                return cell.getParagraphs().get(0);
            }
            return cell.addParagraph();
        };
    }
}
