package org.councilworkspace.plan;

/**
 * One entry of the plan's minority opinions annex, as exported with a plan version. The subject is the section's
 * numbered title, or null for the plan as a whole; the kind is a code (OBJECT, AGREE_WITH_RESERVATIONS) that the
 * export writes in the council's language.
 */
public record AnnexEntry(String subject, String member, String organization, String kind, String text,
                         boolean confirmedByMember) {
}
