package org.councilworkspace.implementation;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.Messages;

/**
 * A frozen measure written out line by line for its version's page and exports, in the reader's language and the
 * council's calendar. Every line is one line: text typed with line breaks is joined with spaces.
 */
final class SnapshotLines {

    private SnapshotLines() {
    }

    static List<String> of(MeasureSnapshot m, CalendarDates dates) {
        Locale locale = dates.locale();
        List<String> lines = new ArrayList<>();
        if (!m.description().isBlank()) {
            lines.add(oneLine(m.description()));
        }
        lines.add(t(locale, "implementation.frozen.lead", m.leadAgency()));
        if (!m.coAgencies().isEmpty()) {
            lines.add(t(locale, "implementation.frozen.co-agencies", String.join(", ", m.coAgencies())));
        }
        lines.add(t(locale, "implementation.frozen.period", dates.date(m.startsOn()), dates.date(m.endsOn())));
        m.milestones().forEach(ms -> lines.add(t(locale, "implementation.frozen.milestone", oneLine(ms.title()),
                dates.date(ms.dueOn()))));
        NumberFormat money = NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        m.budget().forEach(b -> lines.add(t(locale, "implementation.frozen.budget", year(dates, b.year()),
                money.format(b.amount()), b.currency())));
        for (MeasureSnapshot.KpiSnapshot k : m.kpis()) {
            String targets = k.targets().stream()
                    .map(target -> year(dates, target.year()) + ": " + value(target.value()))
                    .collect(Collectors.joining(", "));
            lines.add(t(locale, "implementation.frozen.kpi", oneLine(k.name()), k.unit(), value(k.baselineValue()),
                    year(dates, k.baselineYear()), targets, t(locale, "Direction." + k.direction().name()),
                    t(locale, "ReportingFrequency." + k.frequency().name()), oneLine(k.dataSource())));
        }
        return lines;
    }

    /** A year in the council's count (พ.ศ. 2570, 令和9年), as its documents write years. */
    private static String year(CalendarDates dates, int year) {
        return dates.years(year, year);
    }

    /** KPI values as the register shows them: no trailing zeros, never in exponent form. */
    private static String value(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.get(key, locale, args);
    }
}
