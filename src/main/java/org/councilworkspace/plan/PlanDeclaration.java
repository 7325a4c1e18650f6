package org.councilworkspace.plan;

import java.time.OffsetDateTime;

/**
 * A chair's standing declaration of consensus on a section, for the plan's documents: the numbered section, the
 * summary as the chair wrote it, who declared it, and whether it was declared over open objections. The section's id
 * and the time let a published version keep the declarations that stood for its own sections.
 */
public record PlanDeclaration(String subject, String summary, String declaredBy, boolean overObjections,
                              long sectionId, OffsetDateTime declaredAt) {
}
