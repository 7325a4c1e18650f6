package org.councilworkspace.implementation;

import java.time.LocalDate;

/** A reporting period of a plan, with its deadline and how many of its agencies' reports are accepted. */
public record ReportingRound(long id, long planId, ReportingFrequency frequency, int year, int periodNo,
                             LocalDate deadline, int reports, int accepted) {
}
