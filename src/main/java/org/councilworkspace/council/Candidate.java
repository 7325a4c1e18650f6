package org.councilworkspace.council;

/** An active account that could be added to a council. */
public record Candidate(long userId, String username, String displayName) {
}
