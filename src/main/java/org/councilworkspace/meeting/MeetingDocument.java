package org.councilworkspace.meeting;

import java.time.OffsetDateTime;

/** A file of a meeting, without its bytes: what lists show. */
public record MeetingDocument(long id, long meetingId, String title, String fileName, String mediaType, long sizeBytes,
                              boolean isPublic, String addedBy, OffsetDateTime addedAt) {
}
