package org.councilworkspace.council;

/** How a council decides that a section is agreed. */
public enum ConsensusRule {
    /** Agreed when quorum is met and nobody objects: the Japanese-council default. */
    NO_OBJECTION,
    UNANIMITY,
    /** Agreed when the council's share of voting members agrees. */
    QUALIFIED_MAJORITY,
    /** The chair's summary decides. */
    CHAIR_DECIDES
}
