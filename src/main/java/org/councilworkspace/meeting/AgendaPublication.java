package org.councilworkspace.meeting;

/**
 * The outcome of publishing an agenda.
 *
 * @param late       published later than the council's notice period before the meeting allows
 * @param noticeDays the council's notice period
 * @param notified   how many invited members were notified
 */
public record AgendaPublication(boolean late, int noticeDays, int notified) {
}
