package org.councilworkspace.council;

import java.time.Period;

/**
 * The five models of policy coordination the product serves. Each fills sensible defaults for a new
 * council; every default stays editable.
 */
public enum CouncilKind {
    /** Shingikai: temporary, single task, consensus-building with minority opinions recorded. */
    DELIBERATION_COUNCIL(ConsensusRule.NO_OBJECTION, 67, 60, Period.ofYears(2), false),
    /** Sector institute drafting a five-year master plan with ministries, firms and universities. */
    HUB_INSTITUTE(ConsensusRule.QUALIFIED_MAJORITY, 67, 50, Period.ofYears(5), true),
    /** One elite planning body above the ministries: semi-permanent, so no end of term. */
    TECHNOCRAT_GROUP(ConsensusRule.CHAIR_DECIDES, 67, 50, null, false),
    /** One ministry with broad authority; committees for consensus among its bureaus. */
    SUPER_MINISTRY(ConsensusRule.CHAIR_DECIDES, 67, 50, null, false),
    /** A priority programme chaired by the head of government, run by a planning-board secretariat. */
    STEERING_COMMITTEE(ConsensusRule.CHAIR_DECIDES, 67, 50, Period.ofYears(3), false);

    private final ConsensusRule defaultRule;
    private final int defaultMajorityPercent;
    private final int defaultQuorumPercent;
    private final Period defaultTerm;
    private final boolean membersMayEditByDefault;

    CouncilKind(ConsensusRule defaultRule, int defaultMajorityPercent, int defaultQuorumPercent, Period defaultTerm,
                boolean membersMayEditByDefault) {
        this.defaultRule = defaultRule;
        this.defaultMajorityPercent = defaultMajorityPercent;
        this.defaultQuorumPercent = defaultQuorumPercent;
        this.defaultTerm = defaultTerm;
        this.membersMayEditByDefault = membersMayEditByDefault;
    }

    public ConsensusRule defaultRule() {
        return defaultRule;
    }

    public int defaultMajorityPercent() {
        return defaultMajorityPercent;
    }

    public int defaultQuorumPercent() {
        return defaultQuorumPercent;
    }

    /** Null for semi-permanent bodies. */
    public Period defaultTerm() {
        return defaultTerm;
    }

    public boolean membersMayEditByDefault() {
        return membersMayEditByDefault;
    }
}
