package org.councilworkspace.plan;

/** How a revision came about. */
public enum RevisionKind {
    /** An ordinary save on top of the newest text. */
    EDIT,
    /** A save started from an older revision, merged with what others saved meanwhile. */
    MERGED,
    /** An earlier revision's text saved again. */
    RESTORED,
    /** Carried over from the previous plan cycle. */
    COPIED,
    /** A conflict resolved by hand. */
    RESOLVED,
    /** An accepted amendment, credited to the member who proposed it. */
    AMENDMENT,
    /** A typo, formatting or numbering fix that leaves the meaning, and so every position on the section, standing. */
    EDITORIAL
}
