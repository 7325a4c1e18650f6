package org.councilworkspace.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocumentTextsTest {

    private final DocumentTexts texts = new DocumentTexts();

    @Test
    void a_word_document_gives_its_text_and_is_read_once_by_its_key() throws IOException {
        byte[] docx = docx("Battery recycling", "ยานยนต์ไฟฟ้า");
        AtomicInteger reads = new AtomicInteger();
        assertThat(texts.text("meeting-document:1", "paper.docx", () -> {
            reads.incrementAndGet();
            return docx;
        })).hasValueSatisfying(t -> assertThat(t).contains("Battery recycling").contains("ยานยนต์ไฟฟ้า"));
        assertThat(texts.text("meeting-document:1", "paper.docx", () -> {
            reads.incrementAndGet();
            return docx;
        })).isPresent();
        assertThat(reads).hasValue(1);
    }

    @Test
    void damaged_unknown_and_oversized_files_give_no_text_and_no_error() {
        assertThat(DocumentTexts.read("broken.pdf", "%PDF-1.7 nothing more".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(DocumentTexts.read("broken.docx", new byte[] {'P', 'K', 3, 4, 0, 0})).isEmpty();
        assertThat(DocumentTexts.read("notes.txt", "plain words".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentTexts.read("huge.pdf", new byte[DocumentTexts.MAX_BYTES + 1])).isEmpty();
        assertThat(DocumentTexts.read("none.pdf", null)).isEmpty();
    }

    @Test
    void a_long_text_is_cut_to_the_cap() throws IOException {
        // Varied words: a repeated one compresses so well that the reader refuses it as a zip bomb.
        Random random = new Random(7);
        StringBuilder paragraph = new StringBuilder();
        while (paragraph.length() < DocumentTexts.MAX_CHARS + 10_000) {
            for (int i = 0; i < 2 + random.nextInt(8); i++) {
                paragraph.append((char) ('a' + random.nextInt(26)));
            }
            paragraph.append(' ');
        }
        byte[] docx = docx(paragraph.toString());
        assertThat(DocumentTexts.read("long.docx", docx)).hasValueSatisfying(t ->
                assertThat(t).hasSize(DocumentTexts.MAX_CHARS));
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                document.createParagraph().createRun().setText(p);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
