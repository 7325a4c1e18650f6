package org.councilworkspace.deliberation;

/** A member who can be mentioned: typed as @username. */
public record MentionCandidate(long userId, String username, String displayName) {
}
