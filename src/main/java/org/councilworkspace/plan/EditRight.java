package org.councilworkspace.plan;

/**
 * Whether the person looking may edit a section's text, and if not, why: the page says so instead of leaving the
 * person to wonder where the edit button went.
 */
public enum EditRight {
    EDITABLE,
    /** Observers read everything members share, and take no part. */
    OBSERVER,
    /** The council lets only a section's lead drafters edit its text. */
    LEADS_ONLY,
    ARCHIVED,
    /** The plan is adopted: its text is the record now. */
    TEXT_LOCKED
}
