package org.councilworkspace.consensus;

import java.util.Map;
import org.councilworkspace.council.ConsensusRule;

/**
 * The consensus rules as pure functions of the counts of current positions. Quorum is always checked
 * first: no rule reports consensus while too few voting members have spoken on the current text.
 */
public final class ConsensusRules {

    private ConsensusRules() {
    }

    /**
     * @param current        current (not stale) positions of voting members, counted by stance
     * @param votingMembers  the council's voting members (chair, vice-chair, members)
     */
    public static RuleOutcome evaluate(ConsensusRule rule, int majorityPercent, int quorumPercent, int votingMembers,
                                       Map<Stance, Integer> current) {
        int spoken = current.values().stream().mapToInt(Integer::intValue).sum();
        int objections = current.getOrDefault(Stance.OBJECT, 0);
        int agreeing = current.getOrDefault(Stance.AGREE, 0) + current.getOrDefault(Stance.AGREE_WITH_RESERVATIONS, 0);
        boolean quorum = votingMembers > 0 && spoken > 0 && spoken * 100L >= (long) quorumPercent * votingMembers;
        if ((rule == ConsensusRule.NO_OBJECTION || rule == ConsensusRule.UNANIMITY) && objections > 0) {
            return RuleOutcome.BLOCKED;
        }
        if (!quorum) {
            return RuleOutcome.QUORUM_NOT_MET;
        }
        return switch (rule) {
            case NO_OBJECTION -> current.getOrDefault(Stance.NEEDS_DISCUSSION, 0) > 0 || agreeing == 0
                    ? RuleOutcome.NOT_REACHED : RuleOutcome.REACHED;
            // Everyone must have spoken and agreed; abstaining does not block but does not agree either.
            case UNANIMITY -> spoken == votingMembers && agreeing + current.getOrDefault(Stance.ABSTAIN, 0) == spoken
                    && agreeing > 0 ? RuleOutcome.REACHED : RuleOutcome.NOT_REACHED;
            case QUALIFIED_MAJORITY -> agreeing * 100L >= (long) majorityPercent * votingMembers ? RuleOutcome.REACHED
                    : objections * 100L > (long) (100 - majorityPercent) * votingMembers ? RuleOutcome.BLOCKED
                    : RuleOutcome.NOT_REACHED;
            case CHAIR_DECIDES -> RuleOutcome.NOT_REACHED;
        };
    }
}
