package org.councilworkspace.implementation;

import java.math.BigDecimal;
import java.util.List;

/** A KPI of a measure with its baseline and targets, targets in year order. */
public record Kpi(long id, long measureId, String name, String unit, int baselineYear, BigDecimal baselineValue,
                  Direction direction, String dataSource, ReportingFrequency frequency, List<KpiTarget> targets,
                  int version) {
}
