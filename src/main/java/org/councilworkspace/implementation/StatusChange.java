package org.councilworkspace.implementation;

import java.time.OffsetDateTime;

/** One entry of a measure's status record. */
public record StatusChange(MeasureStatus status, String reason, String changedBy, OffsetDateTime changedAt) {
}
