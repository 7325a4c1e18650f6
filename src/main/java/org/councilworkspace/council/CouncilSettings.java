package org.councilworkspace.council;

import java.time.LocalDate;

/** What is entered to create a council (or change its settings). */
public record CouncilSettings(String name, CouncilKind kind, String mandate, Long parentId, LocalDate termStart,
                              LocalDate termEnd, ConsensusRule consensusRule, int majorityPercent, int quorumPercent,
                              boolean membersMayEdit) {

    /** The defaults a kind suggests for a council starting on the given day. */
    public static CouncilSettings defaultsFor(CouncilKind kind, LocalDate start) {
        LocalDate end = kind.defaultTerm() == null ? null : start.plus(kind.defaultTerm()).minusDays(1);
        return new CouncilSettings("", kind, "", null, start, end, kind.defaultRule(), kind.defaultMajorityPercent(),
                kind.defaultQuorumPercent(), kind.membersMayEditByDefault());
    }
}
