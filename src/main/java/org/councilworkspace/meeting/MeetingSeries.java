package org.councilworkspace.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A council's recurring meetings: each occurrence of the rule from {@code firstDate}, at {@code startTime} in
 * {@code zone}, lasting {@code durationMinutes}; {@code template} is the default agenda (null for none).
 */
public record MeetingSeries(long id, long councilId, String title, MeetingKind kind, String rrule,
                            LocalDate firstDate, LocalTime startTime, int durationMinutes, ZoneId zone, String place,
                            String onlineLink, AgendaTemplate template, int version) {
}
