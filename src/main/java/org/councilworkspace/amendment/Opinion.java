package org.councilworkspace.amendment;

import java.time.OffsetDateTime;

/** A member's current support or opposition, with their reason if they gave one. */
public record Opinion(long userId, String displayName, AmendmentStance stance, String reason,
                      OffsetDateTime createdAt) {
}
