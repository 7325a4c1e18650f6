package org.councilworkspace.consultation;

import java.util.List;

/** Comments whose texts are alike, offered for grouping; {@code sample} is the start of the first one. */
public record SuggestedGroup(Long sectionId, List<Long> submissionIds, double similarity, String sample) {
}
