package org.councilworkspace.consultation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.TextRules;

/** An attachment must really be a PDF: judged by its content (magic bytes, then a parse), never by its name. */
final class PdfCheck {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfCheck() {
    }

    /** The file name to store (made safe), or an exception saying why the file is refused. */
    static String check(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("attachment", "consultation.attachment.too-large", MAX_BYTES / (1024 * 1024));
        }
        if (content.length < MAGIC.length || !startsWithMagic(content)) {
            throw new InvalidInputException("attachment", "consultation.attachment.not-pdf");
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() < 1) {
                throw new InvalidInputException("attachment", "consultation.attachment.not-pdf");
            }
        } catch (IOException e) {
            throw new InvalidInputException("attachment", "consultation.attachment.not-pdf");
        }
        String name = fileName == null || fileName.isBlank() ? "attachment.pdf"
                : TextRules.requiredLine("attachment", fileName.replaceAll("[\\\\/]", "_"), 200);
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }

    private static boolean startsWithMagic(byte[] content) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (content[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
