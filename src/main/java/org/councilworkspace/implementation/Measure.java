package org.councilworkspace.implementation;

import java.time.LocalDate;

/** A measure as lists show it: where it sits in the plan, who leads it, its period and its status. */
public record Measure(long id, long planId, long sectionId, String sectionTitle, String title, String description,
                      long leadAgencyId, String leadAgencyName, LocalDate startsOn, LocalDate endsOn,
                      MeasureStatus status, String statusReason, int version) {
}
