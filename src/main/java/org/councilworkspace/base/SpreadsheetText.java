package org.councilworkspace.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of a spreadsheet (XLSX): each sheet's name, then its rows, one a line, with the cells as a spreadsheet
 * shows them (shared and inline strings; numbers and dates in their cell's format; a formula's last result).
 * The workbook is read as a stream from a temporary copy, since reading it from memory would unpack every part of
 * it at once; the reading stops at {@link #MAX_CELLS} cells or the caller's character cap, and the shared strings
 * are kept only up to {@link #MAX_SHARED_CHARS} characters (cells that point past them are left out), so a
 * workbook that unpacks to far more than its size costs a bounded amount of memory.
 */
final class SpreadsheetText {

    static final int MAX_CELLS = 200_000;
    static final int MAX_SHARED_CHARS = 1_000_000;
    /** What the upload accepts as a workbook (xl/workbook.xml): ordinary, with macros, and templates. */
    private static final Set<String> WORKBOOKS = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    /** How much one file may give: characters of text, cells read, characters of shared strings kept. */
    record Caps(int chars, int cells, int sharedChars) {
    }

    private SpreadsheetText() {
    }

    /** The text of the workbook; empty when the file is an Office package of another kind (a Word document). */
    static Optional<String> read(byte[] content, int maxChars) throws IOException {
        return read(content, new Caps(maxChars, MAX_CELLS, MAX_SHARED_CHARS));
    }

    static Optional<String> read(byte[] content, Caps caps) throws IOException {
        Path copy = Files.createTempFile("council-search-", ".xlsx");
        try {
            Files.write(copy, content);
            // Opened from a file, the package is read through the ZIP's central directory, as Excel reads it: some
            // writers (streaming ones among them) leave entry sizes out of the headers a stream reader relies on.
            OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ);
            try {
                return isWorkbook(workbook) ? Optional.of(cells(workbook, caps)) : Optional.empty();
            } finally {
                // Closing a package opened for reading would try to save it; reverting only lets go of the file.
                workbook.revert();
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static boolean isWorkbook(OPCPackage workbook) {
        PackageRelationshipCollection main = workbook.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            return false;
        }
        PackagePart part;
        try {
            part = workbook.getPart(main.getRelationship(0));
        } catch (InvalidOperationException e) {
            return false;
        }
        return part != null && WORKBOOKS.contains(part.getContentType());
    }

    private static String cells(OPCPackage workbook, Caps caps)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(workbook);
        StylesTable styles = reader.getStylesTable();
        SharedStrings strings = sharedStrings(workbook, caps.sharedChars());
        // Fixed, so the same file gives the same words whatever the server's locale.
        DataFormatter formatter = new DataFormatter(Locale.US);
        Cells out = new Cells(caps);
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext() && !out.full) {
            try (InputStream sheet = sheets.next()) {
                out.line(sheets.getSheetName());
                parse(sheet, new XSSFSheetXMLHandler(styles == null ? new StylesTable() : styles, strings, out,
                        formatter, false), out);
            }
        }
        return out.text.toString();
    }

    private static SharedStrings sharedStrings(OPCPackage workbook, int maxChars)
            throws IOException, SAXException, ParserConfigurationException {
        CappedStrings strings = new CappedStrings(maxChars);
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).getInputStream()) {
                parse(in, strings, strings);
            }
        }
        return strings;
    }

    /** Parses until the end, or until the handler has all it may take. */
    private static void parse(InputStream in, ContentHandler handler, Capped capped)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(in));
        } catch (SAXException | RuntimeException e) {
            // A parser may hand the stop signal back wrapped; the handler knows whether it asked to stop.
            if (!capped.full()) {
                throw e;
            }
        }
    }

    private interface Capped {
        boolean full();
    }

    /** Thrown to stop a parse once the cap is reached; it carries nothing. */
    private static final class Full extends RuntimeException {
        private static final Full INSTANCE = new Full();

        private Full() {
            super(null, null, false, false);
        }
    }

    /** The cells, tab between them and a line per row, up to the caps. */
    private static final class Cells implements SheetContentsHandler, Capped {
        private final StringBuilder text = new StringBuilder();
        private final Caps caps;
        private int count;
        private boolean inRow;
        private boolean full;

        Cells(Caps caps) {
            this.caps = caps;
        }

        void line(String line) {
            if (line != null && !line.isBlank()) {
                text.append(line.strip()).append('\n');
            }
        }

        @Override
        public void startRow(int rowNum) {
            inRow = false;
        }

        @Override
        public void endRow(int rowNum) {
            if (inRow) {
                text.append('\n');
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null || value.isBlank()) {
                return;
            }
            if (inRow) {
                text.append('\t');
            }
            text.append(value.strip());
            inRow = true;
            if (++count >= caps.cells() || text.length() >= caps.chars()) {
                full = true;
                throw Full.INSTANCE;
            }
        }

        @Override
        public boolean full() {
            return full;
        }
    }

    /**
     * The workbook's shared strings, up to a number of characters. Japanese workbooks often carry a
     * reading (furigana, {@code rPh}) with a string; it is not part of what the cell shows and is left out.
     */
    private static final class CappedStrings extends DefaultHandler implements SharedStrings, Capped {
        private final List<String> strings = new ArrayList<>();
        private final int maxChars;
        private StringBuilder current;
        private boolean inText;
        private int inReading;
        private int chars;
        private boolean full;

        CappedStrings(int maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> current = new StringBuilder();
                case "t" -> inText = true;
                case "rPh" -> inReading++;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> {
                    strings.add(current.toString());
                    current = null;
                }
                case "t" -> inText = false;
                case "rPh" -> inReading--;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (current == null || !inText || inReading > 0) {
                return;
            }
            if (chars + length > maxChars) {
                full = true;
                throw Full.INSTANCE;
            }
            current.append(ch, start, length);
            chars += length;
        }

        @Override
        public RichTextString getItemAt(int idx) {
            return new XSSFRichTextString(idx >= 0 && idx < strings.size() ? strings.get(idx) : "");
        }

        @Override
        public int getCount() {
            return strings.size();
        }

        @Override
        public int getUniqueCount() {
            return strings.size();
        }

        @Override
        public boolean full() {
            return full;
        }
    }
}
