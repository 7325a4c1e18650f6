package org.councilworkspace.consultation;

import java.time.OffsetDateTime;

/** The secretariat's answer to a submission or a group, with the revision that changed the text, if any. */
public record Response(long id, Long submissionId, Long groupId, Disposition disposition, String reasoning,
                       Long revisionId, String respondedByName, OffsetDateTime respondedAt) {
}
