package org.councilworkspace.plan;

/** How far a section has come in deliberation. */
public enum SectionState {
    DRAFT, IN_REVIEW, AGREED, CONTESTED
}
