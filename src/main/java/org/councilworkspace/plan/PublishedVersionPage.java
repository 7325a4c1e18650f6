package org.councilworkspace.plan;

import java.util.List;

/** What the portal's page of a published version shows: its text, every published version of its plan, its record. */
public record PublishedVersionPage(FrozenVersion version, List<PublishedVersion> versions, PublishedConsensus consensus) {
}
