package org.councilworkspace.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The plain text of an uploaded PDF, Word (DOCX) or Excel (XLSX) file, for the search index. Judged by the bytes,
 * never by the name. It is read on the index's own thread (never while an upload waits), within caps, so a huge or hostile file
 * costs a bounded amount of work; a file that cannot be read is skipped with a log line and nothing else happens.
 * The files are never changed once stored, so what was read is kept for a while by the caller's key: the index
 * asks again for a whole meeting or round at every change of it.
 */
@Component
public class DocumentTexts {

    /** Files larger than this are not read at all. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Characters of text kept from one file; the rest is not searched. */
    public static final int MAX_CHARS = 200_000;
    static final int MAX_PAGES = 500;
    private static final int REMEMBERED = 64;
    private static final Logger LOG = LoggerFactory.getLogger(DocumentTexts.class);
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final Map<String, Optional<String>> remembered = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * The text of the file stored under {@code key} (unique and never reused for other content, e.g.
     * "meeting-document:12"); empty when it is not a PDF, DOCX or XLSX, too large, unreadable or holds no text.
     */
    public Optional<String> text(String key, String fileName, Supplier<byte[]> content) {
        synchronized (remembered) {
            Optional<String> known = remembered.get(key);
            if (known != null) {
                return known;
            }
        }
        Optional<String> text = read(fileName, content.get());
        synchronized (remembered) {
            remembered.put(key, text);
        }
        return text;
    }

    static Optional<String> read(String fileName, byte[] content) {
        if (content == null || content.length > MAX_BYTES) {
            return Optional.empty();
        }
        try {
            String text;
            if (startsWith(content, PDF)) {
                text = pdf(content);
            } else if (startsWith(content, ZIP)) {
                // Word and Excel files are both ZIPs: the package's main part tells them apart.
                Optional<String> cells = SpreadsheetText.read(content, MAX_CHARS);
                text = cells.isPresent() ? cells.get() : docx(content);
            } else {
                return Optional.empty();
            }
            text = text.strip();
            return text.isEmpty() ? Optional.empty()
                    : Optional.of(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        } catch (IOException | RuntimeException e) {
            // A damaged or hostile file: its text is not searched; the file itself stays as it was uploaded.
            LOG.warn("Search index: the text of {} could not be read ({})", fileName, e.toString());
            return Optional.empty();
        }
    }

    private static String pdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PAGES);
            return stripper.getText(document);
        }
    }

    private static String docx(byte[] content) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
