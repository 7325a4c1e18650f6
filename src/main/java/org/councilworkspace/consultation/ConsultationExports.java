package org.councilworkspace.consultation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions with their answers as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads Thai and
 * Japanese) and XLSX (streamed, so a 100,000-row round never sits in memory). Cells that a spreadsheet
 * would run as a formula get a leading apostrophe. For those who run the round only: e-mails are in it.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationExports {

    static final List<String> COLUMNS = List.of("receipt", "received", "name", "organization", "organization_type",
            "email", "section", "status", "hidden_reason", "group", "consent_to_publish_name", "text", "disposition",
            "response", "revision_id");

    private final ConsultationAccess access;
    private final SubmissionRepository submissions;

    ConsultationExports(ConsultationAccess access, SubmissionRepository submissions) {
        this.access = access;
        this.submissions = submissions;
    }

    public void writeCsv(long roundId, OutputStream out) {
        access.round(roundId);
        Answers responses = answers(roundId);
        try {
            var writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            writer.write('\uFEFF');
            writeCsvLine(writer, COLUMNS);
            submissions.each(roundId, false, s -> {
                try {
                    writeCsvLine(writer, row(s, responses));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeXlsx(long roundId, OutputStream out) {
        access.round(roundId);
        Answers responses = answers(roundId);
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("submissions");
            write(sheet.createRow(0), COLUMNS);
            int[] next = {1};
            submissions.each(roundId, false, s -> write(sheet.createRow(next[0]++), row(s, responses)));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /** The answers in force, by submission and by group, loaded once: the export then streams the submissions. */
    private record Answers(Map<Long, Response> own, Map<Long, Response> groups) {
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

    private static List<String> row(Submission s, Answers answers) {
        Response r = answers.own().get(s.id());
        if (r == null && s.groupId() != null) {
            r = answers.groups().get(s.groupId());
        }
        return List.of(s.receiptNo(), s.receivedAt().toString(), s.submitterName(), nz(s.organizationName()),
                s.organizationType().name(), s.email(), nz(s.sectionTitle()), s.status().name(), nz(s.hiddenReason()),
                nz(s.groupLabel()), Boolean.toString(s.consentToPublishName()), s.text(),
                r == null ? "" : r.disposition().name(), r == null ? "" : r.reasoning(),
                r == null || r.revisionId() == null ? "" : r.revisionId().toString());
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

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
