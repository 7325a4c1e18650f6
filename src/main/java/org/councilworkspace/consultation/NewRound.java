package org.councilworkspace.consultation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the secretariat fills in to schedule a round. An empty section list consults the whole plan; a null
 * closing time for a public round means the default 30 days after opening.
 */
public record NewRound(long planVersionId, String title, String description, RoundKind kind,
                       OffsetDateTime opensAt, OffsetDateTime closesAt, List<Long> sectionIds) {
}
