package org.councilworkspace.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * PDF, Word and Excel files as people attach them, made in the test: one paragraph (or row) per line, Thai and
 * Japanese included.
 */
final class AttachedFiles {

    private AttachedFiles() {
    }

    /** A one-page PDF; Thai lines in Sarabun, the others in Noto Sans JP (the app's own fonts). */
    static byte[] pdf(String... lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font thai = font(document, "/fonts/Sarabun_400Regular.ttf");
            PDType0Font japanese = font(document, "/fonts/NotoSansJP_400Regular.ttf");
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                float y = 720;
                for (String line : lines) {
                    text.beginText();
                    text.setFont(line.codePoints().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F) ? thai : japanese, 12);
                    text.newLineAtOffset(50, y);
                    text.showText(line);
                    text.endText();
                    y -= 24;
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx(String... lines) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook of one sheet: each line a row, its words between tabs in cells of their own, and a number. */
    static byte[] xlsx(String... lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Budget");
            for (int r = 0; r < lines.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines[r].split("\t");
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
                row.createCell(cells.length).setCellValue(1000.0 * (r + 1));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = AttachedFiles.class.getResourceAsStream(resource)) {
            return PDType0Font.load(document, in);
        }
    }
}
