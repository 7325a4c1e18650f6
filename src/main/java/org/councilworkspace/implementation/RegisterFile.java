package org.councilworkspace.implementation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilworkspace.base.InvalidInputException;

/**
 * Reads the rows of a register import file: the first sheet of an XLSX workbook or a UTF-8 CSV (comma or semicolon,
 * with or without a byte-order mark). What the file is, is decided by its content, not its name. Anything that is no
 * spreadsheet, too large, too long or a ZIP that unpacks far beyond its size is refused as a whole, before any row
 * is looked at. Each row keeps its line number in the file (the spreadsheet's row number), for the preview.
 */
final class RegisterFile {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 2000;
    /** No honest workbook of 2,000 rows unpacks past this; a small file that does is a ZIP bomb. */
    static final long MAX_UNPACKED = 20L * 1024 * 1024;

    /** A row that has something in it, with its line number in the file; blank rows are never kept. */
    record Row(int line, List<String> cells) {

        String cell(int index) {
            return index < 0 || index >= cells.size() || cells.get(index) == null ? "" : cells.get(index).strip();
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private RegisterFile() {
    }

    static List<Row> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw refusal("implementation.import.error.empty-file");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "implementation.import.error.too-large", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        FileMagic magic = magic(content);
        List<Row> rows;
        if (magic == FileMagic.OOXML) {
            rows = xlsx(content);
        } else if (magic == FileMagic.OLE2) {
            // An .xls of old, or a workbook saved with a password: both are OLE containers POI's XSSF cannot open.
            throw refusal("implementation.import.error.old-excel");
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            rows = csv(text(content));
        } else {
            throw refusal("implementation.import.error.file-type");
        }
        // Blank rows are left out as they are read, so a file padded with them cannot hide lines past the cap.
        if (rows.size() > MAX_ROWS + 2) {
            throw new InvalidInputException("file", "implementation.import.error.too-many", MAX_ROWS);
        }
        return rows;
    }

    private static List<Row> csv(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        // Spreadsheets set to a language that writes decimal commas save CSV with semicolons.
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
        List<Row> rows = new ArrayList<>();
        try (StringReader reader = new StringReader(text)) {
            for (CSVRecord record : format.parse(reader)) {
                Row row = new Row((int) record.getRecordNumber(), record.toList());
                if (!row.blank()) {
                    rows.add(row);
                }
                if (rows.size() > MAX_ROWS + 2) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw refusal("implementation.import.error.unreadable");
        }
        return rows;
    }

    private static List<Row> xlsx(byte[] content) {
        refuseBomb(content);
        List<Row> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(value(row.getCell(c), formatter));
                }
                Row read = new Row(row.getRowNum() + 1, cells);
                if (!read.blank()) {
                    rows.add(read);
                }
                if (rows.size() > MAX_ROWS + 2) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw refusal(bomb(e) ? "implementation.import.error.zip-bomb" : "implementation.import.error.unreadable");
        }
        return rows;
    }

    /** A cell as the template expects it: dates as YYYY-MM-DD, numbers without a locale's grouping or a stray ".0". */
    private static String value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return type == CellType.BOOLEAN || type == CellType.ERROR ? formatter.formatCellValue(cell) : "";
    }

    /** Unpacks every entry, counting, before POI does: a bomb is refused before it can fill the memory. */
    private static void refuseBomb(byte[] content) {
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                InputStream in = zip;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    if (total > MAX_UNPACKED) {
                        throw refusal("implementation.import.error.zip-bomb");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refusal("implementation.import.error.unreadable");
        }
    }

    private static boolean bomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw refusal("implementation.import.error.file-type");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw refusal("implementation.import.error.not-utf8");
        }
    }

    private static FileMagic magic(byte[] content) {
        try {
            return FileMagic.valueOf(content);
        } catch (RuntimeException e) {
            return FileMagic.UNKNOWN;
        }
    }

    private static InvalidInputException refusal(String key) {
        return new InvalidInputException("file", key);
    }
}
