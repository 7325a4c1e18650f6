package org.councilworkspace.implementation;

import java.time.LocalDate;

/** What the secretariat enters to open a reporting round for a plan. */
public record NewRound(ReportingFrequency frequency, Integer year, Integer periodNo, LocalDate deadline) {
}
