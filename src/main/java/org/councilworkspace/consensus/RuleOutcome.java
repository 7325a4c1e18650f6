package org.councilworkspace.consensus;

/** What a council's consensus rule says about the current positions on one subject. */
public enum RuleOutcome {
    /** Too few voting members hold a current position. */
    QUORUM_NOT_MET,
    /** Quorum met, but the rule is not (yet) satisfied; or the chair decides. */
    NOT_REACHED,
    /** The rule is satisfied: the chair may declare consensus. */
    REACHED,
    /** An objection (or too many) stands in the way. */
    BLOCKED
}
