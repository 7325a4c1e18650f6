package org.councilworkspace.implementation;

import java.math.BigDecimal;

/** A reporter's value for one KPI in a report; empty until filled in. */
public record ReportEntry(long kpiId, BigDecimal value, String evidenceUrl, String comment) {
}
