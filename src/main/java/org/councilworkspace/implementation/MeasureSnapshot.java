package org.councilworkspace.implementation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A measure as it stood when a plan version was frozen, stored with the version as JSON and never changed: agencies
 * by the names they had then, milestones, budget lines and KPIs with baselines and targets, and the status the
 * measure stood at. Actuals are not part of it: they are the register's running record. The status is shown where a
 * published version is read, but not among the lines versions are compared by: it is not text the council deliberated.
 *
 * @param status null for measures frozen before versions recorded it
 */
record MeasureSnapshot(String title, String description, String leadAgency, List<String> coAgencies,
                       LocalDate startsOn, LocalDate endsOn, List<Milestone> milestones, List<BudgetLine> budget,
                       List<KpiSnapshot> kpis, MeasureStatus status) {

    /** A KPI of the measure as frozen. */
    record KpiSnapshot(String name, String unit, int baselineYear, BigDecimal baselineValue, Direction direction,
                       String dataSource, ReportingFrequency frequency, List<KpiTarget> targets) {

        static KpiSnapshot of(Kpi kpi) {
            return new KpiSnapshot(kpi.name(), kpi.unit(), kpi.baselineYear(), kpi.baselineValue(), kpi.direction(),
                    kpi.dataSource(), kpi.frequency(), kpi.targets());
        }
    }
}
