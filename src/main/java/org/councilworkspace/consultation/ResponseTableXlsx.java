package org.councilworkspace.consultation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilworkspace.document.DocumentLocale;

/**
 * The published comment-response table as a spreadsheet, in the reader's language: one row per comment or group,
 * exactly what the public table shows (names only with consent), never the secretariat's full export.
 */
public final class ResponseTableXlsx {

    private ResponseTableXlsx() {
    }

    public static byte[] render(PublishedResults results, DocumentLocale l) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // Sheet names may not hold some characters and are at most 31 long.
            Sheet sheet = workbook.createSheet(safeSheetName(l.t("consultation.results.column.response")));
            write(sheet.createRow(0), List.of(l.t("consultation.results.column.number"), l.t("consultation.form.section"),
                    l.t("consultation.results.column.opinion"), l.t("consultation.form.name"),
                    l.t("consultation.form.organization"), l.t("consultation.results.column.disposition"),
                    l.t("consultation.results.column.response"), l.t("consultation.results.column.change")));
            int n = 0;
            for (PublishedResults.Section section : results.sections()) {
                String title = section.title() == null ? l.t("consultation.results.whole-plan") : section.title();
                for (PublishedResults.Entry e : section.entries()) {
                    n++;
                    write(sheet.createRow(n), List.of(Integer.toString(n), title, e.opinion(), who(e, l),
                            e.publishedName() == null || e.organizationName() == null ? "" : e.organizationName(),
                            e.disposition() == null ? "" : l.t("consultation.Disposition." + e.disposition().name()),
                            e.reasoning() == null ? "" : e.reasoning(),
                            e.changeTitle() == null ? l.t("consultation.results.no-change") : e.changeTitle()));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String who(PublishedResults.Entry e, DocumentLocale l) {
        if (e.summary()) {
            return l.t("consultation.results.group", e.comments());
        }
        return e.publishedName() != null ? e.publishedName()
                : l.t("consultation.results.anonymous", l.t("OrganizationType." + e.organizationType().name()));
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(ConsultationExports.neutralize(values.get(i)));
        }
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return cleaned.isEmpty() ? "Results" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
