package org.councilworkspace.implementation;

import java.util.List;

/**
 * One line of a register import file as the preview shows it. A measure line creates a measure (with its status and,
 * when a KPI is named, that KPI); a KPI line adds a KPI to the measure of the nearest measure line above it. What could
 * not be read is null; {@code problems} is empty when the line can be imported.
 */
public record RegisterImportLine(int line, boolean measureLine, String section, String measureTitle, String kpiName,
                                 NewMeasure measure, MeasureStatus status, String statusReason, NewKpi kpi,
                                 List<ImportProblem> problems) {

    public RegisterImportLine {
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty();
    }
}
