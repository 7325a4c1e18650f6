package org.councilworkspace.amendment;

import java.util.List;
import org.councilworkspace.plan.text.DiffSegment;

/** An amendment with its word-level changes from the text it starts from. */
public record ProposedChange(Amendment amendment, List<DiffSegment> diff) {
}
