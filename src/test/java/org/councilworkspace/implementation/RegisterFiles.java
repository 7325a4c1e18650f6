package org.councilworkspace.implementation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Register import files as a secretariat fills them in, and hostile ones. */
public final class RegisterFiles {

    /** The template's row of codes, in the template's column order. */
    public static final String CODES = "section,measure,description,lead_agency,co_agencies,starts_on,ends_on,status,"
            + "status_reason,kpi,unit,baseline_year,baseline_value,direction,frequency,data_source,targets";

    private RegisterFiles() {
    }

    /** A CSV with the English labels over the codes, as the template downloads, then the given lines. */
    public static byte[] csv(String... lines) {
        String labels = "Section,Measure,Description,Lead agency,Co-agencies,Starts on,Ends on,Status,"
                + "Reason for the status,KPI,Unit,Baseline year,Baseline value,Desired direction,Reporting frequency,"
                + "Data source,Targets";
        return ("\uFEFF" + labels + "\r\n" + CODES + "\r\n" + String.join("\r\n", lines) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook whose first sheet has the codes row, then the rows (line 2 onwards). */
    public static byte[] xlsx(String[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Measures");
            String[] codes = CODES.split(",");
            XSSFRow first = sheet.createRow(0);
            for (int c = 0; c < codes.length; c++) {
                first.createCell(c).setCellValue(codes[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small file named like a workbook that unpacks to {@code megabytes} of spaces: a ZIP bomb. */
    public static byte[] zipBomb(int megabytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
