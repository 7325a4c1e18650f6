package org.councilworkspace.consultation;

/** How many visible submissions a round has, how many are answered, and how many are hidden. */
public record RoundProgress(int visible, int answered, int hidden) {

    public int unanswered() {
        return visible - answered;
    }
}
