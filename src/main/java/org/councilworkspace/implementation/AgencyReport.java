package org.councilworkspace.implementation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One agency's report in a reporting round: a task for its reporters, a review for the secretariat. */
public record AgencyReport(long id, ReportingRound round, long agencyId, String agencyName, ReportStatus status,
                           String returnComment, OffsetDateTime submittedAt, int version) {

    /** Not yet submitted (or returned and not resubmitted) after the deadline. */
    public boolean overdue(LocalDate today) {
        return status.editable() && today.isAfter(round.deadline());
    }
}
