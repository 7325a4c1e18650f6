package org.councilworkspace.amendment;

/** A member's view of an amendment. */
public enum AmendmentStance {
    SUPPORT,
    OPPOSE
}
