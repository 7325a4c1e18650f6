package org.councilworkspace.meeting;

import java.time.OffsetDateTime;

/**
 * One save of an agenda item's notes, kept like a section revision; {@code savedByName} and {@code savedAt} are null
 * only for notes saved before their history was kept.
 */
public record NotesVersion(long id, int minutesVersion, String notes, String savedByName, OffsetDateTime savedAt) {
}
