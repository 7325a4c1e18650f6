package org.councilworkspace.consultation;

/** Similar submissions answered together, with how many it holds and the answer in force. */
public record Group(long id, long roundId, String label, int members, Disposition disposition) {
}
