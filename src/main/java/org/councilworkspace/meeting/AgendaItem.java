package org.councilworkspace.meeting;

/** One item of a meeting's agenda, in order; {@code notes} are the minutes' notes on it. */
public record AgendaItem(long id, long meetingId, int position, String title, int minutesAllotted, String presenter,
                         AgendaPurpose purpose, AgendaLink link, String linkTitle, String notes, int version) {
}
