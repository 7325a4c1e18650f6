package org.councilworkspace.meeting;

import java.time.OffsetDateTime;
import java.util.Set;

/** What the secretariat fills in to call a meeting. Place, link and plan version are optional. */
public record NewMeeting(MeetingKind kind, String title, OffsetDateTime startsAt, OffsetDateTime endsAt, String place,
                         String onlineLink, Long planVersionId, Set<Long> inviteeIds) {
}
