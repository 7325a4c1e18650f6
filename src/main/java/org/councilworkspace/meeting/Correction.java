package org.councilworkspace.meeting;

import java.time.OffsetDateTime;

/** An open correction of approved minutes: the version it makes, why, and who started it when. */
public record Correction(int version, String reason, String startedByName, OffsetDateTime startedAt) {
}
