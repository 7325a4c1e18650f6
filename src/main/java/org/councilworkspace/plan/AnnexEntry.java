package org.councilworkspace.plan;

import java.time.OffsetDateTime;

/**
 * One entry of the plan's minority opinions annex, as exported with a plan version. The subject is the section's
 * numbered title, or null for the plan as a whole; the kind is a code (OBJECT, AGREE_WITH_RESERVATIONS) that the
 * export writes in the council's language. The section's id (null for the whole plan) and the time it was recorded
 * let a published version keep the opinions that stood for its own sections.
 */
public record AnnexEntry(String subject, String member, String organization, String kind, String text,
                         boolean confirmedByMember, Long sectionId, OffsetDateTime recordedAt) {
}
