package org.councilworkspace.consensus;

import java.time.OffsetDateTime;
import org.councilworkspace.council.StakeholderGroup;

/** A member's position as recorded; stale when the text has changed since. */
public record Position(long id, Long sectionId, long userId, String displayName, StakeholderGroup group,
                       String organization, Stance stance, String reason, boolean stale, OffsetDateTime createdAt) {
}
