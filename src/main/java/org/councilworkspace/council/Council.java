package org.councilworkspace.council;

import java.time.LocalDate;

/** A council as its members see it. */
public record Council(long id, String name, CouncilKind kind, String mandate, Long parentId, String parentName,
                      LocalDate termStart, LocalDate termEnd, ConsensusRule consensusRule, int majorityPercent,
                      int quorumPercent, boolean membersMayEdit, int noticePeriodDays, int version) {
}
