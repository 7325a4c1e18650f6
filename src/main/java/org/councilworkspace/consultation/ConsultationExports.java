package org.councilworkspace.consultation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.councilworkspace.council.CouncilService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions with their answers as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads Thai and
 * Japanese) and XLSX (streamed, so a 100,000-row round never sits in memory), each for people (the reader's
 * language, the council's calendar) or for data tools (codes and ISO dates, see {@link SubmissionColumns}). Cells
 * that a spreadsheet would run as a formula get a leading apostrophe. For those who run the round only: e-mails are
 * in it.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationExports {

    private final ConsultationAccess access;
    private final SubmissionRepository submissions;
    private final CouncilService councils;

    ConsultationExports(ConsultationAccess access, SubmissionRepository submissions, CouncilService councils) {
        this.access = access;
        this.submissions = submissions;
        this.councils = councils;
    }

    /** The round for data tools: stable codes, ISO 8601 times in UTC. */
    public void writeCsv(long roundId, OutputStream out) {
        access.round(roundId);
        writeCsv(roundId, SubmissionColumns.forDataTools(), out);
    }

    /** The round for people: headers and values in the reader's language, times in their zone and the council's calendar. */
    public void writeCsvForPeople(long roundId, Locale reader, ZoneId zone, OutputStream out) {
        writeCsv(roundId, forPeople(roundId, reader, zone), out);
    }

    public void writeXlsx(long roundId, OutputStream out) {
        access.round(roundId);
        writeXlsx(roundId, SubmissionColumns.forDataTools(), out);
    }

    public void writeXlsxForPeople(long roundId, Locale reader, ZoneId zone, OutputStream out) {
        writeXlsx(roundId, forPeople(roundId, reader, zone), out);
    }

    private SubmissionColumns forPeople(long roundId, Locale reader, ZoneId zone) {
        long councilId = access.round(roundId).round().councilId();
        return SubmissionColumns.forPeople(councils.language(councilId).datesFor(reader, zone));
    }

    private void writeCsv(long roundId, SubmissionColumns columns, OutputStream out) {
        Answers responses = answers(roundId);
        try {
            var writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            writer.write('\uFEFF');
            writeCsvLine(writer, columns.headers());
            submissions.each(roundId, false, s -> {
                try {
                    writeCsvLine(writer, columns.row(s, responses.of(s)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeXlsx(long roundId, SubmissionColumns columns, OutputStream out) {
        Answers responses = answers(roundId);
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet(columns.sheetName());
            write(sheet.createRow(0), columns.headers());
            int[] next = {1};
            submissions.each(roundId, false, s -> write(sheet.createRow(next[0]++), columns.row(s, responses.of(s))));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /** The answers in force, by submission and by group, loaded once: the export then streams the submissions. */
    private record Answers(Map<Long, Response> own, Map<Long, Response> groups) {

        Response of(Submission s) {
            Response r = own.get(s.id());
            return r == null && s.groupId() != null ? groups.get(s.groupId()) : r;
        }
    }

    private Answers answers(long roundId) {
        Map<Long, Response> own = new HashMap<>();
        Map<Long, Response> groups = new HashMap<>();
        for (Response r : submissions.currentResponses(roundId)) {
            if (r.submissionId() != null) {
                own.put(r.submissionId(), r);
            } else {
                groups.put(r.groupId(), r);
            }
        }
        return new Answers(own, groups);
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            // XLSX cells hold at most 32,767 characters; a 20,000-character comment fits.
            row.createCell(i).setCellValue(neutralize(values.get(i)));
        }
    }

    static void writeCsvLine(Appendable out, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(neutralize(values.get(i)).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    /** A leading = + - @ (or a tab or carriage return before one) makes spreadsheets run the cell as a formula. */
    static String neutralize(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
