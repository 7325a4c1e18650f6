package org.councilworkspace.implementation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.implementation.RegisterFile.Row;

/**
 * The cells of one import line, read by column, each bad value noted as a problem of its column: so the preview can
 * list every reason a line fails at once, not only the first.
 */
final class ImportCells {

    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern TARGET = Pattern.compile("(\\d{4})\\s*[:=]\\s*(\\S+)");
    /** The fields the register's own rules name, as the template's columns. */
    private static final Map<String, ImportColumn> FIELDS = Map.ofEntries(Map.entry("section", ImportColumn.SECTION),
            Map.entry("title", ImportColumn.MEASURE), Map.entry("description", ImportColumn.DESCRIPTION),
            Map.entry("leadAgency", ImportColumn.LEAD_AGENCY), Map.entry("coAgencies", ImportColumn.CO_AGENCIES),
            Map.entry("startsOn", ImportColumn.STARTS_ON), Map.entry("endsOn", ImportColumn.ENDS_ON),
            Map.entry("status", ImportColumn.STATUS), Map.entry("reason", ImportColumn.STATUS_REASON),
            Map.entry("name", ImportColumn.KPI), Map.entry("unit", ImportColumn.UNIT),
            Map.entry("baselineYear", ImportColumn.BASELINE_YEAR),
            Map.entry("baselineValue", ImportColumn.BASELINE_VALUE), Map.entry("direction", ImportColumn.DIRECTION),
            Map.entry("frequency", ImportColumn.FREQUENCY), Map.entry("dataSource", ImportColumn.DATA_SOURCE),
            Map.entry("targets", ImportColumn.TARGETS));

    private final Row row;
    private final Map<ImportColumn, Integer> columns;
    final List<ImportProblem> problems = new ArrayList<>();

    ImportCells(Row row, Map<ImportColumn, Integer> columns) {
        this.row = row;
        this.columns = columns;
    }

    String text(ImportColumn column) {
        return row.cell(columns.getOrDefault(column, -1));
    }

    boolean has(ImportColumn column) {
        return !text(column).isEmpty();
    }

    /** Whether a problem is already noted for the column, so a later rule does not repeat the reason. */
    boolean bad(ImportColumn column) {
        return problems.stream().anyMatch(p -> column.code().equals(p.column()));
    }

    void problem(ImportColumn column, String key, String... args) {
        problems.add(new ImportProblem(column == null ? null : column.code(), key, Arrays.asList(args)));
    }

    /** A refusal of the register's own rules, as a problem of the column it concerns unless that has one already. */
    void refused(InvalidInputException e) {
        ImportColumn column = FIELDS.get(e.field());
        if (column == null || !bad(column)) {
            problems.add(new ImportProblem(column == null ? null : column.code(), e.messageKey(),
                    Arrays.stream(e.args()).map(String::valueOf).toList()));
        }
    }

    /** YYYY-MM-DD, or YYYY/MM/DD as Japanese spreadsheets write it; null when blank or unreadable. */
    LocalDate date(ImportColumn column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        Matcher slashed = SLASHED.matcher(text);
        try {
            return slashed.matches() ? LocalDate.of(Integer.parseInt(slashed.group(1)),
                    Integer.parseInt(slashed.group(2)), Integer.parseInt(slashed.group(3))) : LocalDate.parse(text);
        } catch (DateTimeException e) {
            problem(column, "implementation.import.error.bad-date", text);
            return null;
        }
    }

    BigDecimal number(ImportColumn column) {
        String text = text(column);
        return text.isEmpty() ? null : number(column, text);
    }

    private BigDecimal number(ImportColumn column, String text) {
        try {
            return new BigDecimal(text.replace(" ", "").replace("\u00A0", ""));
        } catch (NumberFormatException e) {
            problem(column, "implementation.import.error.bad-number", text);
            return null;
        }
    }

    Integer year(ImportColumn column) {
        BigDecimal value = number(column);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            problem(column, "implementation.import.error.bad-number", text(column));
            return null;
        }
    }

    /** "2028: 20; 2030: 30", one target per year, separated by semicolons or line breaks. */
    List<KpiTarget> targets() {
        List<KpiTarget> targets = new ArrayList<>();
        String text = text(ImportColumn.TARGETS);
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = TARGET.matcher(part.strip());
            if (!m.matches()) {
                problem(ImportColumn.TARGETS, "implementation.import.error.bad-targets", part.strip());
                return List.of();
            }
            BigDecimal value = number(ImportColumn.TARGETS, m.group(2));
            if (value == null) {
                return List.of();
            }
            targets.add(new KpiTarget(Integer.parseInt(m.group(1)), value));
        }
        return targets;
    }

    /** The agencies a cell names, separated by semicolons; unknown names are problems. */
    List<Long> agencies(ImportColumn column, Map<String, Long> byName) {
        List<Long> ids = new ArrayList<>();
        for (String name : text(column).split(";")) {
            if (name.isBlank()) {
                continue;
            }
            Long id = byName.get(ImportColumn.normal(name));
            if (id == null) {
                problem(column, "implementation.import.error.unknown-agency", name.strip());
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    <E extends Enum<E>> E choice(ImportColumn column, Class<E> type, E whenBlank, String badKey) {
        String text = text(column);
        if (text.isEmpty()) {
            return whenBlank;
        }
        E value = ImportColumn.parse(type, text);
        if (value == null) {
            problem(column, badKey, text);
        }
        return value;
    }
}
