package org.councilworkspace.implementation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilworkspace.base.Messages;
import org.councilworkspace.plan.OutlineNode;

/**
 * The import template: a first sheet with the column labels in the reader's language over a row of the columns'
 * stable codes (the row the import reads), and a second sheet listing what the cells may hold: the plan's sections
 * the reader may put measures on, the council's agencies, the status, direction and frequency codes, and how dates
 * and targets are written. The CSV template is the two header rows alone.
 */
final class RegisterTemplate {

    private RegisterTemplate() {
    }

    static void xlsx(Locale locale, List<OutlineNode> sections, List<Agency> agencies, OutputStream out)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet lines = book.createSheet(t(locale, "implementation.import.sheet.lines"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row labels = lines.createRow(0);
            Row codes = lines.createRow(1);
            for (ImportColumn column : ImportColumn.values()) {
                labels.createCell(column.ordinal()).setCellValue(column.label(locale));
                labels.getCell(column.ordinal()).setCellStyle(bold);
                codes.createCell(column.ordinal()).setCellValue(column.code());
                lines.setColumnWidth(column.ordinal(), 20 * 256);
            }
            lines.createFreezePane(0, 2);
            Sheet lists = book.createSheet(t(locale, "implementation.import.sheet.lists"));
            int r = 0;
            r = heading(lists, r, bold, t(locale, "implementation.import.list.sections"));
            for (OutlineNode section : sections) {
                r = row(lists, r, section.number(), section.title());
            }
            r = heading(lists, r + 1, bold, t(locale, "implementation.import.list.agencies"));
            for (Agency agency : agencies) {
                r = row(lists, r, agency.name());
            }
            r = codes(lists, r + 1, bold, locale, "implementation.import.list.statuses", MeasureStatus.values());
            r = codes(lists, r + 1, bold, locale, "implementation.import.list.directions", Direction.values());
            r = codes(lists, r + 1, bold, locale, "implementation.import.list.frequencies",
                    ReportingFrequency.values());
            r = heading(lists, r + 1, bold, t(locale, "implementation.import.list.notes"));
            for (String note : List.of("dates", "targets", "kpi-lines", "co-agencies", "headers")) {
                r = row(lists, r, t(locale, "implementation.import.note." + note));
            }
            lists.setColumnWidth(0, 24 * 256);
            lists.setColumnWidth(1, 48 * 256);
            book.write(out);
        }
    }

    static void csv(Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // The byte-order mark makes spreadsheet programs open the file as UTF-8, so Thai and Japanese labels survive.
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(Arrays.stream(ImportColumn.values()).map(c -> c.label(locale)).toList());
        printer.printRecord(Arrays.stream(ImportColumn.values()).map(ImportColumn::code).toList());
        printer.flush();
    }

    private static int codes(Sheet sheet, int r, CellStyle bold, Locale locale, String key, Enum<?>[] values) {
        int next = heading(sheet, r, bold, t(locale, key));
        for (Enum<?> value : values) {
            next = row(sheet, next, value.name(), t(locale, value.getDeclaringClass().getSimpleName() + "."
                    + value.name()));
        }
        return next;
    }

    private static int heading(Sheet sheet, int r, CellStyle bold, String text) {
        sheet.createRow(r).createCell(0).setCellValue(text);
        sheet.getRow(r).getCell(0).setCellStyle(bold);
        return r + 1;
    }

    private static int row(Sheet sheet, int r, String... cells) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
        return r + 1;
    }

    private static String t(Locale locale, String key) {
        return Messages.get(key, locale);
    }
}
