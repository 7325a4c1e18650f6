package org.councilworkspace.memberimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilworkspace.testsupport.Fixtures;

/** Member files as a secretariat would export them from a spreadsheet. */
public final class MemberFiles {

    public static final String HEADER = "Name,E-mail,Affiliation,Stakeholder group,Role,Language";

    private MemberFiles() {
    }

    public static byte[] csv(String... lines) {
        return ("\uFEFF" + HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code count} good lines with addresses nobody uses yet, as a name prefix shows. */
    public static List<String> goodLines(String prefix, int count) {
        String unique = Fixtures.unique(prefix);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add("\"Member " + i + ", " + prefix + "\"," + unique + "-" + i + "@example.org,"
                    + "Thai Automotive Industry Association,BUSINESS,MEMBER," + (i % 3 == 0 ? "th" : i % 3 == 1 ? "en" : "ja"));
        }
        return lines;
    }

    public static byte[] xlsx(String[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Members");
            String[] header = HEADER.split(",");
            XSSFRow first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
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
}
