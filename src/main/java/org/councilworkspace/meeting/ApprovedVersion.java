package org.councilworkspace.meeting;

import java.time.OffsetDateTime;

/**
 * One approved version of a meeting's minutes as listed: its number (1 for the first approval), the reason a
 * correction gave for it (none for the first), who approved it and when.
 */
public record ApprovedVersion(int number, String reason, String correctionStartedByName, String approvedByName,
                              OffsetDateTime approvedAt) {
}
