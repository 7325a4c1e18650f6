package org.councilworkspace.wordexport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.councilworkspace.document.Block;
import org.councilworkspace.document.CouncilDocument;
import org.councilworkspace.document.Run;
import org.councilworkspace.document.TitlePage;

/**
 * Writes a document of the neutral model as .docx: a title page, a contents field Word fills in on opening, headings
 * in Word's heading styles with their numbers, paragraphs, lists, tables, and the running label with the page number
 * in the header and footer, footnotes as Word footnotes, pictures inline on their own paragraphs, a side-by-side comparison as a two-column table. Text is
 * written exactly as it is; Word escapes nothing because nothing is markup here.
 */
public final class DocxRenderer {

    private DocxRenderer() {
    }

    public static byte[] render(CouncilDocument document) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.install(doc, document.languageTag());
            doc.getProperties().getCoreProperties().setTitle(document.title());
            doc.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(document.languageTag());
            headerAndFooter(doc, document.runningHeader());
            if (document.titlePage() != null) {
                titlePage(doc, document.titlePage());
            }
            DocxLists lists = new DocxLists(doc);
            for (Block block : document.blocks()) {
                block(doc, lists, block);
            }
            // Word asks to refresh the contents and page fields when the file is opened.
            doc.enforceUpdateFields();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void block(XWPFDocument doc, DocxLists lists, Block block) {
        if (block instanceof Block.Heading h) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Heading" + h.level());
            p.createRun().setText(h.numberedText());
        } else if (block instanceof Block.Paragraph para) {
            runs(doc.createParagraph(), para.runs());
        } else if (block instanceof Block.ListBlock list) {
            lists.write(list, 0, DocxRenderer::runs);
        } else if (block instanceof Block.Table table) {
            table(doc, table);
        } else if (block instanceof Block.TableOfContents toc) {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("TOCHeading");
            title.createRun().setText(toc.title());
            DocxFields.field(doc.createParagraph(), "TOC \\o \"1-3\" \\h \\z \\u", toc.title() + " …");
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        } else if (block instanceof Block.PageBreak) {
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        } else if (block instanceof Block.SideBySide side) {
            ComparisonTable.write(doc, lists, side);
        } else if (block instanceof Block.Image image) {
            DocxPictures.write(doc.createParagraph(), image);
        }
        // Block.Notes: Word sets footnotes at the foot of the page from their references (see runs).
    }

    static void runs(XWPFParagraph p, List<Run> runs) {
        for (Run r : runs) {
            if (r.note() != null) {
                DocxNotes.reference(p, r.note());
                continue;
            }
            String[] lines = r.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                XWPFRun run = p.createRun();
                run.setBold(r.bold());
                run.setItalic(r.italic());
                if (r.underline()) {
                    run.setUnderline(UnderlinePatterns.SINGLE);
                }
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i]);
            }
        }
    }

    private static void table(XWPFDocument doc, Block.Table table) {
        int columns = table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        if (columns == 0) {
            return;
        }
        XWPFTable t = doc.createTable(table.rows().size(), columns);
        for (int r = 0; r < table.rows().size(); r++) {
            var row = t.getRow(r);
            if (r < table.headerRows()) {
                row.setRepeatHeader(true);
            }
            List<Block.TableCell> cells = table.rows().get(r).cells();
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                if (c < cells.size()) {
                    runs(cell.getParagraphs().get(0), cells.get(c).runs());
                }
            }
        }
        doc.createParagraph();
    }

    private static void titlePage(XWPFDocument doc, TitlePage page) {
        line(doc, "Subtitle", page.council());
        line(doc, "Title", page.title());
        line(doc, "Subtitle", page.cycle());
        line(doc, "Subtitle", page.versionLabel());
        line(doc, "Subtitle", page.date());
        line(doc, "Subtitle", page.status());
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private static void line(XWPFDocument doc, String style, String text) {
        if (text != null && !text.isBlank()) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(style);
            p.setAlignment(ParagraphAlignment.CENTER);
            p.createRun().setText(text);
        }
    }

    static void headerAndFooter(XWPFDocument doc, String label) {
        XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        header.setAlignment(ParagraphAlignment.RIGHT);
        header.createRun().setText(label);
        XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.CENTER);
        footer.createRun().setText(label.isBlank() ? "" : label + " · ");
        DocxFields.field(footer, "PAGE", "1");
    }
}
