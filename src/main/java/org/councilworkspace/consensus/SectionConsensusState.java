package org.councilworkspace.consensus;

/** Where a subject stands in deliberation, as the matrix shows it. */
public enum SectionConsensusState {
    NOT_STARTED, GATHERING, CONSENSUS_REACHED, CONTESTED, AGREED, STALE;

    /**
     * @param declared     the chair's declaration stands on the current text
     * @param currentCount positions on the current text
     * @param staleCount   positions on earlier text, not yet confirmed or changed
     */
    public static SectionConsensusState of(RuleOutcome outcome, boolean declared, int currentCount, int staleCount,
                                           int objections) {
        if (declared) {
            return AGREED;
        }
        if (outcome == RuleOutcome.BLOCKED || objections > 0) {
            return CONTESTED;
        }
        if (outcome == RuleOutcome.REACHED) {
            return CONSENSUS_REACHED;
        }
        if (currentCount == 0 && staleCount == 0) {
            return NOT_STARTED;
        }
        return staleCount > 0 && outcome == RuleOutcome.QUORUM_NOT_MET ? STALE : GATHERING;
    }
}
