package org.councilworkspace.amendment;

/** Where an amendment stands. OPEN and CONFLICTING are still undecided. */
public enum AmendmentState {
    OPEN,
    ACCEPTED,
    REJECTED,
    WITHDRAWN,
    /** The section changed since in the same passages: the proposer has to update the text before a decision. */
    CONFLICTING;

    public boolean undecided() {
        return this == OPEN || this == CONFLICTING;
    }
}
