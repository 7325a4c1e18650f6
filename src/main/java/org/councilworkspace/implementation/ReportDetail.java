package org.councilworkspace.implementation;

import java.util.List;

/** A report with the KPIs it covers (those of measures the agency leads) and what has been entered for each. */
public record ReportDetail(AgencyReport report, List<ReportLine> lines) {

    /** One KPI of the report with its measure and the entry so far (null while nothing is entered). */
    public record ReportLine(Kpi kpi, String measureTitle, ReportEntry entry) {
    }
}
