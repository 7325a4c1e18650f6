package org.councilworkspace.plan;

import java.time.OffsetDateTime;

/**
 * A section's current text as readers see it (Markdown rendered and reduced to plain text), with where it belongs.
 * {@code changedAt} is when the current revision was saved, or when the section was added if it has no text yet.
 */
public record IndexedSection(long sectionId, long planId, long councilId, String planTitle, String title, String text,
                          OffsetDateTime changedAt, boolean archived) {
}
