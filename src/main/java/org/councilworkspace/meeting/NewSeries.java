package org.councilworkspace.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A meeting series as the secretariat enters it; place, link and template are optional. */
public record NewSeries(String title, MeetingKind kind, String rrule, LocalDate firstDate, LocalTime startTime,
                        Integer durationMinutes, ZoneId zone, String place, String onlineLink,
                        AgendaTemplate template) {
}
