package org.councilworkspace.plan;

/** The four ways a section moves in the outline. */
public enum OutlineMove {
    UP, DOWN,
    /** Becomes the last child of the section above it. */
    INDENT,
    /** Becomes the next sibling of its parent. */
    OUTDENT
}
