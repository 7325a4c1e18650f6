package org.councilworkspace.amendment;

import java.time.OffsetDateTime;

/**
 * A proposed change to a section: the text proposed and the revision it starts from (null when the section
 * had no text), the rationale, current counts of support and opposition, and the decision once made.
 */
public record Amendment(long id, long planId, long sectionId, String sectionTitle, long proposerId,
                        String proposerName, Long baseRevisionId, Integer baseRevisionNo, String proposedText,
                        String rationale, AmendmentState state, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                        String decidedByName, OffsetDateTime decidedAt, String decisionReason,
                        Integer acceptedRevisionNo, int supports, int opposes, int version) {
}
