package org.councilworkspace.meeting;

import java.time.OffsetDateTime;

/**
 * One meeting in an action item's trail: where it was recorded ({@code origin}) or followed up.
 *
 * @param notes what the minutes say on the agenda item, when the reader may see them; else null
 */
public record TrailEntry(long meetingId, String meetingTitle, OffsetDateTime startsAt, boolean origin,
                         String itemTitle, String notes) {
}
