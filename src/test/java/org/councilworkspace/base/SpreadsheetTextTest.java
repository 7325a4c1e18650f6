package org.councilworkspace.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The text of spreadsheets for the search index: what the cells show, in every language, within the caps. */
class SpreadsheetTextTest {

    private static final String THAI = "รัฐบาลควรสนับสนุนยานยนต์ไฟฟ้าในภาคตะวันออก";
    private static final String JAPANESE = "政府は電気自動車の普及を支援する。";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    @Test
    void cells_give_their_text_as_shown_thai_and_japanese_as_written_and_numbers_in_their_format() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("予算 2027");
            Row words = sheet.createRow(0);
            words.createCell(0).setCellValue("Battery recycling");
            words.createCell(1).setCellValue(THAI);
            words.createCell(2).setCellValue(JAPANESE);
            CellStyle money = style(workbook, "#,##0.00");
            Row numbers = sheet.createRow(2);
            numbers.createCell(0).setCellValue(1234567.891);
            numbers.getCell(0).setCellStyle(money);
            numbers.createCell(1).setCellValue(0.125);
            numbers.getCell(1).setCellStyle(style(workbook, "0.0%"));
            numbers.createCell(2).setCellFormula("A3*2");
            numbers.getCell(2).setCellStyle(money);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            xlsx = bytes(workbook);
        }

        assertThat(DocumentTexts.read("budget.xlsx", xlsx)).hasValueSatisfying(text -> assertThat(text)
                .startsWith("予算 2027\n")
                .contains("Battery recycling\t" + THAI + "\t" + JAPANESE + "\n")
                .contains("1,234,567.89\t12.5%\t2,469,135.78"));
    }

    @Test
    void a_streamed_workbook_with_inline_strings_gives_its_text() throws IOException {
        byte[] xlsx;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Targets");
            sheet.createRow(0).createCell(0).setCellValue(THAI);
            sheet.createRow(1).createCell(3).setCellValue(JAPANESE);
            xlsx = bytes(workbook);
        }
        assertThat(part(xlsx, "/xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\"");

        assertThat(DocumentTexts.read("targets.xlsx", xlsx)).contains("Targets\n" + THAI + "\n" + JAPANESE);
    }

    @Test
    void the_reading_written_over_japanese_words_is_not_part_of_their_text() throws IOException {
        // As Excel saves a Japanese cell typed with an input method: the reading (furigana) beside the text.
        byte[] xlsx = handMade("<sst xmlns=\"" + MAIN + "\" count=\"1\" uniqueCount=\"1\"><si><t>電気自動車</t>"
                + "<rPh sb=\"0\" eb=\"5\"><t>デンキジドウシャ</t></rPh><phoneticPr fontId=\"1\"/></si></sst>",
                "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>ยานยนต์ไฟฟ้า</t></is></c>");

        assertThat(DocumentTexts.read("hand-made.xlsx", xlsx)).contains("Sheet1\n電気自動車\tยานยนต์ไฟฟ้า");
    }

    @Test
    void reading_stops_at_the_cell_cap_and_shared_strings_past_their_cap_are_left_out() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Rows");
            for (int r = 0; r < 100; r++) {
                sheet.createRow(r).createCell(0).setCellValue("row" + r);
            }
            xlsx = bytes(workbook);
        }

        String ten = SpreadsheetText.read(xlsx, new SpreadsheetText.Caps(DocumentTexts.MAX_CHARS, 10, 1000))
                .orElseThrow();
        assertThat(ten).startsWith("Rows\nrow0\n").endsWith("\nrow9");
        // "row0" … "row4" are 20 characters: the strings after them are not kept, and their cells give nothing.
        String kept = SpreadsheetText.read(xlsx, new SpreadsheetText.Caps(DocumentTexts.MAX_CHARS, 1000, 20))
                .orElseThrow();
        assertThat(kept).isEqualTo("Rows\nrow0\nrow1\nrow2\nrow3\nrow4\n");
    }

    @Test
    void a_long_workbook_is_cut_to_the_character_cap() throws IOException {
        // Varied words: repeated ones compress so well that the reader refuses the file as a zip bomb.
        Random random = new Random(11);
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Long");
            for (int r = 0; r < 300; r++) {
                StringBuilder cell = new StringBuilder();
                while (cell.length() < 1000) {
                    for (int i = 0; i < 2 + random.nextInt(8); i++) {
                        cell.append((char) ('a' + random.nextInt(26)));
                    }
                    cell.append(' ');
                }
                sheet.createRow(r).createCell(0).setCellValue(cell.toString());
            }
            xlsx = bytes(workbook);
        }
        assertThat(DocumentTexts.read("long.xlsx", xlsx)).hasValueSatisfying(text ->
                assertThat(text).hasSize(DocumentTexts.MAX_CHARS));
    }

    @Test
    void a_damaged_workbook_or_another_zip_gives_no_text_and_no_error() throws IOException {
        assertThat(DocumentTexts.read("broken.xlsx", zip(Map.of("xl/workbook.xml", "not a workbook")))).isEmpty();
        assertThat(DocumentTexts.read("other.zip", zip(Map.of("notes.txt", "plain words")))).isEmpty();
        byte[] truncated;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Cut").createRow(0).createCell(0).setCellValue(THAI);
            byte[] whole = bytes(workbook);
            truncated = Arrays.copyOf(whole, whole.length / 2);
        }
        assertThat(DocumentTexts.read("cut.xlsx", truncated)).isEmpty();
    }

    /** The smallest workbook Excel writes: one sheet with the given cells, and the shared strings given. */
    private static byte[] handMade(String sharedStrings, String cells) throws IOException {
        String types = "http://schemas.openxmlformats.org/package/2006/";
        String office = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        return zip(Map.of(
                "[Content_Types].xml", "<Types xmlns=\"" + types + "content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                        + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + office + "sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + office
                        + "worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + office
                        + "sharedStrings+xml\"/></Types>",
                "_rels/.rels", "<Relationships xmlns=\"" + types + "relationships\"><Relationship Id=\"rId1\" "
                        + "Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
                "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                        + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + types + "relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                        + "</Relationships>",
                "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">" + cells
                        + "</row></sheetData></worksheet>",
                "xl/sharedStrings.xml", sharedStrings));
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + e.getValue())
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String part(byte[] zip, String name) throws IOException {
        try {
            OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(zip));
            try (InputStream in = workbook.getPart(PackagingURIHelper.createPartName(name)).getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } finally {
                workbook.revert();
            }
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
