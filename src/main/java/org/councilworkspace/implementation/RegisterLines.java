package org.councilworkspace.implementation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.implementation.RegisterFile.Row;
import org.councilworkspace.plan.OutlineNode;

/**
 * Turns the rows of a register import file into checked lines. The file starts with one or two header rows (the
 * template has the labels in the reader's language, then the column codes); the columns may come in any order. A line
 * with a measure title creates that measure; a line with only a KPI adds it to the measure above.
 */
final class RegisterLines {

    /** The plan as the import needs it, looked up by the service: sections, agencies, the measures already there. */
    record Context(List<OutlineNode> sections, Set<Long> maintainable, Map<String, Long> agencies,
                   Set<String> existingMeasures) {

        static String measureKey(long sectionId, String title) {
            return sectionId + "\n" + ImportColumn.normal(title);
        }
    }

    private static final int MAX_HEADER_ROWS = 3;

    private RegisterLines() {
    }

    static List<RegisterImportLine> check(List<Row> rows, Context context) {
        List<Row> data = new ArrayList<>(rows.stream().filter(r -> !r.blank()).toList());
        Map<ImportColumn, Integer> columns = null;
        int header = -1;
        for (int i = 0; i < Math.min(MAX_HEADER_ROWS, data.size()); i++) {
            Map<ImportColumn, Integer> named = columns(data.get(i));
            // The last header row wins: in the template it is the row of codes, which every language reads alike.
            if (named.size() >= 3) {
                columns = named;
                header = i;
            }
        }
        data.subList(0, header + 1).clear();
        if (columns == null || !columns.containsKey(ImportColumn.SECTION) || !columns.containsKey(ImportColumn.MEASURE)) {
            throw new InvalidInputException("file", "implementation.import.error.no-header");
        }
        if (data.isEmpty()) {
            throw new InvalidInputException("file", "implementation.import.error.no-lines");
        }
        Map<String, Integer> measureLines = new HashMap<>();
        Set<String> kpiNames = new HashSet<>();
        List<RegisterImportLine> lines = new ArrayList<>();
        RegisterImportLine lastMeasure = null;
        for (Row row : data) {
            ImportCells cells = new ImportCells(row, columns);
            RegisterImportLine line;
            if (cells.has(ImportColumn.MEASURE)) {
                line = measureLine(row.line(), cells, context, measureLines);
                lastMeasure = line;
                kpiNames.clear();
            } else {
                line = kpiLine(row.line(), cells, lastMeasure);
            }
            if (line.kpiName() != null && !line.kpiName().isEmpty()
                    && !kpiNames.add(ImportColumn.normal(line.kpiName()))) {
                List<ImportProblem> problems = new ArrayList<>(line.problems());
                problems.add(new ImportProblem(ImportColumn.KPI.code(), "implementation.import.error.duplicate-kpi",
                        List.of(line.kpiName())));
                line = withProblems(line, problems);
            }
            lines.add(line);
        }
        return lines;
    }

    private static Map<ImportColumn, Integer> columns(Row row) {
        Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < row.cells().size(); i++) {
            ImportColumn column = ImportColumn.named(row.cell(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    private static RegisterImportLine measureLine(int lineNo, ImportCells cells, Context context,
                                                  Map<String, Integer> measureLines) {
        String sectionText = cells.text(ImportColumn.SECTION);
        OutlineNode section = section(sectionText, context.sections());
        if (sectionText.isEmpty()) {
            cells.problem(ImportColumn.SECTION, "implementation.import.error.required");
        } else if (section == null) {
            cells.problem(ImportColumn.SECTION, "implementation.import.error.unknown-section", sectionText);
        } else if (!context.maintainable().contains(section.sectionId())) {
            cells.problem(ImportColumn.SECTION, "implementation.import.error.section-not-yours", sectionText);
        }
        String title = cells.text(ImportColumn.MEASURE);
        if (!cells.has(ImportColumn.LEAD_AGENCY)) {
            cells.problem(ImportColumn.LEAD_AGENCY, "implementation.import.error.required");
        }
        List<Long> lead = cells.agencies(ImportColumn.LEAD_AGENCY, context.agencies());
        List<Long> co = cells.agencies(ImportColumn.CO_AGENCIES, context.agencies());
        for (ImportColumn date : List.of(ImportColumn.STARTS_ON, ImportColumn.ENDS_ON)) {
            if (!cells.has(date)) {
                cells.problem(date, "implementation.import.error.required");
            }
        }
        LocalDate starts = cells.date(ImportColumn.STARTS_ON);
        LocalDate ends = cells.date(ImportColumn.ENDS_ON);
        NewMeasure measure = new NewMeasure(section == null ? null : section.sectionId(), title,
                cells.text(ImportColumn.DESCRIPTION), lead.isEmpty() ? null : lead.get(0), Set.copyOf(co), starts, ends,
                List.of(), List.of());
        try {
            measure = RegisterRules.measure(measure, Set.copyOf(context.agencies().values()));
        } catch (InvalidInputException e) {
            cells.refused(e);
        }
        MeasureStatus status = cells.choice(ImportColumn.STATUS, MeasureStatus.class, MeasureStatus.PLANNED,
                "implementation.import.error.bad-status");
        String reason = cells.text(ImportColumn.STATUS_REASON);
        if (status != null) {
            try {
                reason = RegisterRules.statusReason(status, reason);
            } catch (InvalidInputException e) {
                cells.problem(ImportColumn.STATUS_REASON, "implementation.import.error.reason-required",
                        cells.text(ImportColumn.STATUS));
            }
        }
        if (section != null) {
            String key = Context.measureKey(section.sectionId(), title);
            Integer earlier = measureLines.putIfAbsent(key, lineNo);
            if (earlier != null) {
                cells.problem(ImportColumn.MEASURE, "implementation.import.error.duplicate-line", title,
                        Integer.toString(earlier));
            } else if (context.existingMeasures().contains(key)) {
                cells.problem(ImportColumn.MEASURE, "implementation.import.error.duplicate-existing", title);
            }
        }
        NewKpi kpi = kpi(cells);
        return new RegisterImportLine(lineNo, true, sectionText, title, cells.text(ImportColumn.KPI), measure, status,
                reason, kpi, cells.problems);
    }

    private static RegisterImportLine kpiLine(int lineNo, ImportCells cells, RegisterImportLine measureLine) {
        if (!cells.has(ImportColumn.KPI)) {
            cells.problem(ImportColumn.MEASURE, "implementation.import.error.required");
        } else if (measureLine == null) {
            cells.problem(ImportColumn.MEASURE, "implementation.import.error.kpi-without-measure");
        } else if (!measureLine.importable()) {
            cells.problem(ImportColumn.MEASURE, "implementation.import.error.measure-line-problem",
                    Integer.toString(measureLine.line()));
        }
        NewKpi kpi = cells.has(ImportColumn.KPI) ? kpi(cells) : null;
        return new RegisterImportLine(lineNo, false, measureLine == null ? "" : measureLine.section(),
                measureLine == null ? "" : measureLine.measureTitle(), cells.text(ImportColumn.KPI), null, null, null,
                kpi, cells.problems);
    }

    /** The line's KPI, or null when it names none (a KPI column filled in without a name is a problem). */
    private static NewKpi kpi(ImportCells cells) {
        boolean any = false;
        for (ImportColumn column : ImportColumn.values()) {
            any |= column.kpiColumn() && cells.has(column);
        }
        if (!any) {
            return null;
        }
        if (!cells.has(ImportColumn.KPI)) {
            cells.problem(ImportColumn.KPI, "implementation.import.error.required");
        }
        Integer baselineYear = cells.year(ImportColumn.BASELINE_YEAR);
        Direction direction = cells.choice(ImportColumn.DIRECTION, Direction.class, null,
                "implementation.import.error.bad-direction");
        ReportingFrequency frequency = cells.choice(ImportColumn.FREQUENCY, ReportingFrequency.class,
                ReportingFrequency.ANNUAL, "implementation.import.error.bad-frequency");
        NewKpi kpi = new NewKpi(cells.text(ImportColumn.KPI), cells.text(ImportColumn.UNIT), baselineYear,
                cells.number(ImportColumn.BASELINE_VALUE), direction, cells.text(ImportColumn.DATA_SOURCE), frequency,
                cells.targets());
        try {
            return RegisterRules.kpi(kpi);
        } catch (InvalidInputException e) {
            cells.refused(e);
            return kpi;
        }
    }

    /** A section by its number in the outline ("2.1") or its title. */
    private static OutlineNode section(String text, List<OutlineNode> sections) {
        if (text.isEmpty()) {
            return null;
        }
        String wanted = ImportColumn.normal(text);
        String number = wanted.endsWith(".") ? wanted.substring(0, wanted.length() - 1) : wanted;
        return sections.stream().filter(n -> !n.archived() && n.number().equals(number)).findFirst()
                .or(() -> sections.stream().filter(n -> !n.archived() && ImportColumn.normal(n.title()).equals(wanted))
                        .findFirst()).orElse(null);
    }

    private static RegisterImportLine withProblems(RegisterImportLine l, List<ImportProblem> problems) {
        return new RegisterImportLine(l.line(), l.measureLine(), l.section(), l.measureTitle(), l.kpiName(),
                l.measure(), l.status(), l.statusReason(), l.kpi(), problems);
    }
}
