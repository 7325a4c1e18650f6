package org.councilworkspace.implementation;

/** How often a KPI's actual is reported: the number of periods in a year. */
public enum ReportingFrequency {
    QUARTERLY(4), HALF_YEARLY(2), ANNUAL(1);

    private final int periodsPerYear;

    ReportingFrequency(int periodsPerYear) {
        this.periodsPerYear = periodsPerYear;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }
}
