package org.councilworkspace.implementation;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.councilworkspace.base.Messages;

/**
 * The register of a plan as a workbook for people: one sheet of measures, one of KPIs with their latest actual and
 * status, headers and values in the reader's language. Rows are read a page at a time and streamed, so a register of
 * thousands of measures never sits in memory whole.
 */
final class RegisterWorkbook {

    private static final int PAGE = 500;

    private final Locale locale;
    private final Map<Long, List<Goal>> goals;

    RegisterWorkbook(Locale locale) {
        this(locale, Map.of());
    }

    /** With each measure's goals (by measure id) in a last column, one goal per line. */
    RegisterWorkbook(Locale locale, Map<Long, List<Goal>> goals) {
        this.locale = locale;
        this.goals = goals;
    }

    void write(IntFunction<List<Measure>> measurePage, IntFunction<List<PlanKpi>> kpiPage, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet measures = book.createSheet(t("implementation.measures"));
            header(measures, "implementation.export.section", "implementation.export.measure",
                    "implementation.export.lead-agency", "implementation.export.starts", "implementation.export.ends",
                    "implementation.export.status", "implementation.export.reason", "implementation.export.goals");
            int r = 1;
            for (int offset = 0; ; offset += PAGE) {
                List<Measure> page = measurePage.apply(offset);
                for (Measure m : page) {
                    row(measures, r++, m.sectionTitle(), m.title(), m.leadAgencyName(), date(m.startsOn()),
                            date(m.endsOn()), t("MeasureStatus." + m.status().name()), m.statusReason(),
                            goals.getOrDefault(m.id(), List.of()).stream().map(g -> g.label(locale))
                                    .collect(Collectors.joining("\n")));
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            Sheet kpis = book.createSheet(t("implementation.kpis"));
            header(kpis, "implementation.export.measure", "implementation.export.kpi", "implementation.export.unit",
                    "implementation.export.baseline-year", "implementation.export.baseline",
                    "implementation.export.latest-period", "implementation.export.latest", "implementation.export.status");
            r = 1;
            for (int offset = 0; ; offset += PAGE) {
                List<PlanKpi> page = kpiPage.apply(offset);
                for (PlanKpi k : page) {
                    Kpi kpi = k.progress().kpi();
                    Actual latest = k.progress().assessment().latest();
                    Row row = row(kpis, r++, k.measureTitle(), kpi.name(), kpi.unit(), null, null,
                            latest == null ? "" : latest.year() + (latest.periodNo() > 0 ? " / " + latest.periodNo() : ""),
                            null, t("KpiStatus." + k.progress().assessment().status().name()));
                    row.createCell(3).setCellValue(kpi.baselineYear());
                    number(row, 4, kpi.baselineValue());
                    number(row, 6, latest == null ? null : latest.value());
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            book.write(out);
            book.dispose();
        }
    }

    private void header(Sheet sheet, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            row.createCell(i).setCellValue(t(keys[i]));
        }
    }

    /** Cells as text, exactly as typed; a null leaves the cell for a number. */
    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private String t(String key) {
        return Messages.get(key, locale);
    }
}
