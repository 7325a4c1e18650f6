package org.councilworkspace.meeting;

import java.time.Duration;
import java.time.OffsetDateTime;

/** A meeting as listed and shown. */
public record Meeting(long id, long councilId, String councilName, MeetingKind kind, String title,
                      OffsetDateTime startsAt, OffsetDateTime endsAt, String place, String onlineLink,
                      Long planVersionId, String planVersionLabel, OffsetDateTime agendaPublishedAt,
                      boolean agendaPublishedLate, MinutesStatus minutesStatus, String minutesSummary,
                      OffsetDateTime minutesApprovedAt, String minutesApprovedByName, int version) {

    public long durationMinutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }

    public boolean agendaPublished() {
        return agendaPublishedAt != null;
    }
}
