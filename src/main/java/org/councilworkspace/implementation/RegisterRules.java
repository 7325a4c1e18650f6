package org.councilworkspace.implementation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.base.TextRules;

/** The checks on what people enter for measures, KPIs and actuals; each refusal names its field. */
final class RegisterRules {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final BigDecimal LARGEST = new BigDecimal("1e15");

    private RegisterRules() {
    }

    static NewMeasure measure(NewMeasure m, Set<Long> councilAgencies) {
        if (m.sectionId() == null) {
            throw new InvalidInputException("section", "validation.required");
        }
        String title = TextRules.requiredLine("title", m.title(), 300);
        String description = TextRules.requiredText("description", m.description(), 4000);
        if (m.leadAgencyId() == null || !councilAgencies.contains(m.leadAgencyId())) {
            throw new InvalidInputException("leadAgency", "validation.required");
        }
        if (!councilAgencies.containsAll(m.coAgencyIds())) {
            throw new InvalidInputException("coAgencies", "implementation.agency-other-council");
        }
        if (m.coAgencyIds().contains(m.leadAgencyId())) {
            throw new InvalidInputException("coAgencies", "implementation.co-agency-is-lead");
        }
        if (m.startsOn() == null) {
            throw new InvalidInputException("startsOn", "validation.required");
        }
        if (m.endsOn() == null || m.endsOn().isBefore(m.startsOn())) {
            throw new InvalidInputException("endsOn", "implementation.end-before-start");
        }
        List<Milestone> milestones = new ArrayList<>();
        for (Milestone milestone : m.milestones()) {
            String name = TextRules.requiredLine("milestones", milestone.title(), 300);
            if (milestone.dueOn() == null) {
                throw new InvalidInputException("milestones", "implementation.milestone-due");
            }
            milestones.add(new Milestone(name, milestone.dueOn()));
        }
        Set<Integer> years = new HashSet<>();
        for (BudgetLine line : m.budget()) {
            year("budget", line.year());
            if (!years.add(line.year())) {
                throw new InvalidInputException("budget", "implementation.budget-year-twice", String.valueOf(line.year()));
            }
            if (line.amount() == null || line.amount().signum() < 0 || line.amount().compareTo(LARGEST) >= 0
                    || line.amount().scale() > 2) {
                throw new InvalidInputException("budget", "implementation.budget-amount");
            }
            if (line.currency() == null || !CURRENCY.matcher(line.currency()).matches()) {
                throw new InvalidInputException("budget", "implementation.currency");
            }
        }
        return new NewMeasure(m.sectionId(), title, description, m.leadAgencyId(), m.coAgencyIds(), m.startsOn(),
                m.endsOn(), milestones, m.budget());
    }

    static String statusReason(MeasureStatus status, String reason) {
        if (status == null) {
            throw new InvalidInputException("status", "validation.required");
        }
        if (status.requiresReason()) {
            return TextRules.requiredText("reason", reason, 2000);
        }
        return reason == null || reason.isBlank() ? null : TextRules.requiredText("reason", reason, 2000);
    }

    static NewKpi kpi(NewKpi k) {
        String name = TextRules.requiredLine("name", k.name(), 300);
        String unit = TextRules.requiredLine("unit", k.unit(), 50);
        int baselineYear = year("baselineYear", k.baselineYear());
        value("baselineValue", k.baselineValue());
        if (k.direction() == null) {
            throw new InvalidInputException("direction", "validation.required");
        }
        String source = TextRules.requiredLine("dataSource", k.dataSource(), 500);
        if (k.frequency() == null) {
            throw new InvalidInputException("frequency", "validation.required");
        }
        if (k.targets().isEmpty()) {
            throw new InvalidInputException("targets", "implementation.target-required");
        }
        Set<Integer> years = new HashSet<>();
        for (KpiTarget target : k.targets()) {
            if (year("targets", target.year()) <= baselineYear) {
                throw new InvalidInputException("targets", "implementation.target-after-baseline", String.valueOf(baselineYear));
            }
            if (!years.add(target.year())) {
                throw new InvalidInputException("targets", "implementation.target-year-twice", String.valueOf(target.year()));
            }
            value("targets", target.value());
        }
        return new NewKpi(name, unit, baselineYear, k.baselineValue(), k.direction(), source, k.frequency(),
                k.targets());
    }

    /** An actual for a period of the KPI's frequency that has begun by today and is not before the baseline. */
    static NewActual actual(Kpi kpi, NewActual a, LocalDate today) {
        int year = year("year", a.year());
        int periods = kpi.frequency().periodsPerYear();
        if (a.periodNo() == null || a.periodNo() < 1 || a.periodNo() > periods) {
            throw new InvalidInputException("period", "validation.range", 1, periods);
        }
        if (year < kpi.baselineYear()) {
            throw new InvalidInputException("year", "implementation.before-baseline", String.valueOf(kpi.baselineYear()));
        }
        LocalDate periodStart = LocalDate.of(year, 1, 1).plusMonths(12L / periods * (a.periodNo() - 1));
        if (periodStart.isAfter(today)) {
            throw new InvalidInputException("period", "implementation.period-not-begun");
        }
        value("value", a.value());
        String evidence = a.evidenceUrl() == null || a.evidenceUrl().isBlank() ? null
                : TextRules.requiredLine("evidence", a.evidenceUrl(), 500);
        if (evidence != null && !LINK.matcher(evidence).matches()) {
            throw new InvalidInputException("evidence", "implementation.evidence-link");
        }
        String comment = a.comment() == null || a.comment().isBlank() ? null
                : TextRules.requiredText("comment", a.comment(), 2000);
        return new NewActual(year, a.periodNo(), a.value(), evidence, comment);
    }

    private static int year(String field, Integer year) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException(field, "validation.range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        return year;
    }

    private static void value(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException(field, "validation.required");
        }
        if (value.abs().compareTo(LARGEST) >= 0 || value.scale() > 4) {
            throw new InvalidInputException(field, "implementation.number");
        }
    }
}
