package org.councilworkspace.implementation;

import java.math.BigDecimal;
import java.util.List;

/** What a maintainer enters for a KPI. */
public record NewKpi(String name, String unit, Integer baselineYear, BigDecimal baselineValue, Direction direction,
                     String dataSource, ReportingFrequency frequency, List<KpiTarget> targets) {

    public NewKpi {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
