package org.councilworkspace.consultation;

/** What became of a comment, as the comment-response table states it. */
public enum Disposition {
    ADOPTED, PARTIALLY_ADOPTED, NOT_ADOPTED, OUT_OF_SCOPE, NOTED
}
