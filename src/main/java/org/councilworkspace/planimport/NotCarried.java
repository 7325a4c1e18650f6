package org.councilworkspace.planimport;

/** What a Word document may hold that an imported plan cannot keep; the preview counts each before saving. */
public enum NotCarried {
    /** Insertions and deletions still tracked: the text comes in as if every change were accepted. */
    TRACKED_CHANGES,
    /** Word comments: their text is left out (the plan has its own comment threads). */
    COMMENTS,
    /** Text boxes and shapes with text: their text is left out. */
    TEXT_BOXES,
    /** Equations (Office Math). */
    EQUATIONS,
    /** Embedded objects (spreadsheets, OLE objects). */
    EMBEDDED_OBJECTS,
    /** Pictures in a format a plan does not keep (only PNG, JPEG and GIF), or where a section cannot hold one. */
    IMAGES,
    /** Pictures larger than the cap on a kept picture. */
    IMAGES_TOO_LARGE
}
