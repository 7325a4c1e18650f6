package org.councilworkspace.amendment;

import java.util.List;

/** A section's undecided amendments with their changes, and what the signed-in person may do with them. */
public record SectionAmendments(SectionRights rights, List<ProposedChange> undecided) {
}
