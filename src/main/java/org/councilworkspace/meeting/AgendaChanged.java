package org.councilworkspace.meeting;

/** A meeting's agenda changed: an item, its place or its documents. Carries the id only, for open pages. */
record AgendaChanged(long meetingId) {
}
