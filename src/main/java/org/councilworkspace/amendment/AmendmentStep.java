package org.councilworkspace.amendment;

import java.time.OffsetDateTime;

/** One entry of an amendment's record: who did what when, with the reason and the revision concerned. */
public record AmendmentStep(Kind kind, String actorName, OffsetDateTime at, String reason, Integer revisionNo) {

    public enum Kind { PROPOSED, UPDATED, CARRIED, CONFLICTED, ACCEPTED, REJECTED, WITHDRAWN }
}
