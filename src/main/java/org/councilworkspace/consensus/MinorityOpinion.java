package org.councilworkspace.consensus;

import java.time.OffsetDateTime;

/** An objection or reservation recorded in the plan's minority opinions annex. */
public record MinorityOpinion(long id, Long sectionId, long userId, String memberName, String organization,
                              Stance stance, String text, OffsetDateTime recordedAt, boolean consented, int version) {
}
