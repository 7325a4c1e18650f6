package org.councilworkspace.deliberation;

/** What the reader may do in a section's threads: write at all, and write notes for the secretariat only. */
public record ThreadAbilities(boolean mayComment, boolean mayWriteNotes) {
}
