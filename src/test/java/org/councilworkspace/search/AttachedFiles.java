package org.councilworkspace.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** PDF and Word files as people attach them, made in the test: one paragraph per line, Thai and Japanese included. */
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

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = AttachedFiles.class.getResourceAsStream(resource)) {
            return PDType0Font.load(document, in);
        }
    }
}
