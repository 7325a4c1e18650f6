package org.councilworkspace.wordexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.councilworkspace.wordexport.TrackedChanges.ComparedSection;
import org.councilworkspace.wordexport.TrackedChanges.Piece;

/**
 * Two versions as an old | new comparison table (the Japanese 新旧対照表): one row per section that changed, the
 * earlier text on the left and the later on the right, the words that differ underlined and bold on each side.
 */
public final class ComparisonTable {

    private ComparisonTable() {
    }

    public static byte[] render(String languageTag, String title, String oldHeader, String newHeader,
                                List<ComparedSection> sections) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.install(doc, languageTag);
            doc.getProperties().getCoreProperties().setTitle(title);
            DocxRenderer.headerAndFooter(doc, title);
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle("Title");
            heading.createRun().setText(title);
            List<ComparedSection> changed = sections.stream().filter(ComparisonTable::changed).toList();
            XWPFTable table = doc.createTable(changed.size() + 1, 2);
            table.setWidth("100%");
            table.getRow(0).setRepeatHeader(true);
            header(table.getRow(0).getCell(0), oldHeader);
            header(table.getRow(0).getCell(1), newHeader);
            for (int i = 0; i < changed.size(); i++) {
                ComparedSection s = changed.get(i);
                side(table.getRow(i + 1).getCell(0), s.oldTitle(), s.body(), Piece.Kind.DELETED);
                side(table.getRow(i + 1).getCell(1), s.title(), s.body(), Piece.Kind.INSERTED);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean changed(ComparedSection s) {
        return s.title() == null || s.oldTitle() == null || !s.title().equals(s.oldTitle())
                || s.body().stream().anyMatch(p -> p.kind() != Piece.Kind.EQUAL);
    }

    private static void header(XWPFTableCell cell, String text) {
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setBold(true);
        run.setText(text);
    }

    /** One side of a row: the title as it was on that side, then its text, the side's own changes marked. */
    private static void side(XWPFTableCell cell, String title, List<Piece> body, Piece.Kind own) {
        if (title == null) {
            return;
        }
        XWPFRun heading = cell.getParagraphs().get(0).createRun();
        heading.setBold(true);
        heading.setText(title);
        XWPFParagraph paragraph = cell.addParagraph();
        for (Piece piece : body) {
            if (piece.kind() != Piece.Kind.EQUAL && piece.kind() != own) {
                continue;
            }
            String[] parts = piece.text().split("\n\n+", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    paragraph = cell.addParagraph();
                }
                if (!parts[i].isEmpty()) {
                    XWPFRun run = paragraph.createRun();
                    run.setText(parts[i].replace('\n', ' '));
                    if (piece.kind() == own) {
                        run.setBold(true);
                        run.setUnderline(UnderlinePatterns.SINGLE);
                    }
                }
            }
        }
    }
}
