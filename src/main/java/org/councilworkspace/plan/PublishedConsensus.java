package org.councilworkspace.plan;

import java.util.List;

/**
 * The chair's declarations and the minority opinions as they stood for a version's sections when it was published.
 * {@code kept} is false for versions published before the portal kept this record: for those nothing is known, which
 * is not the same as "none".
 */
public record PublishedConsensus(boolean kept, List<PlanDeclaration> declarations, List<AnnexEntry> opinions) {
}
