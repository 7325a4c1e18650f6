package org.councilworkspace.plan;

/**
 * A chair's standing declaration of consensus on a section, for the plan's documents: the numbered section, the
 * summary as the chair wrote it, who declared it, and whether it was declared over open objections.
 */
public record PlanDeclaration(String subject, String summary, String declaredBy, boolean overObjections) {
}
