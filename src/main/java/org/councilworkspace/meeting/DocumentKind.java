package org.councilworkspace.meeting;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.TextRules;

/**
 * What a meeting document may be: PDF, Word (DOCX) or Excel (XLSX), judged by the bytes, never by the name. DOCX and
 * XLSX are both ZIP files; the part that only each has (word/document.xml, xl/workbook.xml) tells them apart.
 */
enum DocumentKind {

    PDF("application/pdf", ".pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    final String mediaType;
    final String extension;

    DocumentKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The kind of the content, or a refusal that says why (too large, or not one of the three). */
    static DocumentKind of(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "validation.required");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "meeting.document.too-large", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(content, ZIP_MAGIC)) {
            List<String> names = ZipNames.of(content);
            if (names.contains("word/document.xml")) {
                return DOCX;
            }
            if (names.contains("xl/workbook.xml")) {
                return XLSX;
            }
        }
        throw new InvalidInputException("file", "meeting.document.wrong-kind");
    }

    /** The name to send the file under: no path, and the extension of what it really is. */
    String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
        name = TextRules.requiredLine("file", name.length() > 180 ? name.substring(0, 180) : name, 200);
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? name : name + extension;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
