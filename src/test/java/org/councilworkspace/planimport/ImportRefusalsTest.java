package org.councilworkspace.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilworkspace.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class ImportRefusalsTest {

    static final long CAP = 1024 * 1024;

    private static String refusal(String name, byte[] content) {
        return assertThatThrownBy(() -> ImportReader.read(name, content, CAP))
                .isInstanceOf(InvalidInputException.class).actual().getMessage();
    }

    @Test
    void a_file_that_is_not_a_word_document_is_refused() {
        assertThat(refusal("plan.docx", "just some text".getBytes(StandardCharsets.UTF_8))).contains("import.not-docx");
    }

    @Test
    void a_spreadsheet_named_docx_is_refused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Targets").createRow(0).createCell(0).setCellValue("2031");
            book.write(out);
        }
        assertThat(refusal("plan.docx", out.toByteArray())).contains("import.not-docx");
    }

    @Test
    void a_password_protected_document_is_refused() throws Exception {
        byte[] locked = Docx.encrypted(Docx.build(d -> d.heading(1, "Vision").paragraph("Secret")), "s3cret");
        assertThat(refusal("plan.docx", locked)).contains("import.encrypted");
    }

    @Test
    void an_old_binary_word_file_is_refused_with_its_own_reason() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThat(refusal("plan.doc", out.toByteArray())).contains("import.old-word");
    }

    @Test
    void a_zip_bomb_is_refused() throws Exception {
        byte[] bomb = Docx.zipBomb(24);
        assertThat(bomb.length).as("small on the wire").isLessThan((int) CAP);
        assertThat(refusal("plan.docx", bomb)).contains("import.zip-bomb");
    }

    @Test
    void a_file_over_the_cap_is_refused_unread() {
        assertThat(refusal("plan.docx", new byte[(int) CAP + 1])).contains("import.too-large");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(refusal("plan.docx", new byte[0])).contains("import.empty");
    }

    @Test
    void a_text_file_that_is_not_utf8_is_refused() {
        assertThat(refusal("plan.txt", new byte[] {(byte) 0xC3, (byte) 0x28, 'a'})).contains("import.not-text");
    }

    @Test
    void a_file_of_another_kind_is_refused() {
        assertThat(refusal("plan.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).contains("import.unsupported");
    }
}
