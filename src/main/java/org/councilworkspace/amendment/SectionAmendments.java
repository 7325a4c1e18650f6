package org.councilworkspace.amendment;

import java.util.List;
import java.util.Map;

/**
 * A section's undecided amendments with their changes, what each still needs under the council's support rule, and
 * what the signed-in person may do with them.
 */
public record SectionAmendments(SectionRights rights, List<ProposedChange> undecided,
                                Map<Long, List<MissingSupport>> missing) {

    public SectionAmendments {
        missing = Map.copyOf(missing);
    }

    /** What the amendment still needs (empty: nothing). */
    public List<MissingSupport> missing(long amendmentId) {
        return missing.getOrDefault(amendmentId, List.of());
    }
}
