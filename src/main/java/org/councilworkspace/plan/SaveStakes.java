package org.councilworkspace.plan;

/**
 * What an ordinary save of a section puts at stake elsewhere: the positions members gave on its current text, which
 * such a save makes stale. Implemented by the consensus feature, so drafting can warn without depending on it.
 */
public interface SaveStakes {

    /** The number of members whose position on the section's current text an ordinary save would make stale. */
    int positionsAtStake(long sectionId);
}
