package org.councilworkspace.memberimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilworkspace.base.InvalidInputException;

/**
 * Reads the rows of a member file: CSV (UTF-8, with or without the byte-order mark spreadsheet programs write; comma
 * or semicolon) or the first sheet of an XLSX workbook. Each row keeps its line number in the file, for the preview.
 */
final class MemberFile {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 2000;

    record Row(int line, List<String> cells) {

        String cell(int index) {
            return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private MemberFile() {
    }

    static List<Row> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "members.import.error.empty-file");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "members.import.error.too-large", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            List<Row> rows = name.endsWith(".xlsx") ? xlsx(content) : name.endsWith(".csv") || name.endsWith(".txt")
                    ? csv(content) : null;
            if (rows == null) {
                throw new InvalidInputException("file", "members.import.error.file-type");
            }
            if (rows.size() > MAX_ROWS + 1) {
                throw new InvalidInputException("file", "members.import.error.too-many", MAX_ROWS);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", "members.import.error.unreadable");
        }
    }

    private static List<Row> csv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        // Spreadsheets set to a language that writes decimal commas save CSV with semicolons.
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text)) {
            for (CSVRecord record : format.parse(reader)) {
                rows.add(new Row((int) record.getRecordNumber(), record.toList()));
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
            }
        }
        return rows;
    }

    private static List<Row> xlsx(byte[] content) throws IOException {
        List<Row> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(new Row(row.getRowNum() + 1, cells));
                if (rows.size() > MAX_ROWS + 1) {
                    break;
                }
            }
        }
        return rows;
    }
}
