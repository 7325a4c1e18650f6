package org.councilworkspace.consultation;

/** Moderation hides a submission with a reason; nothing is ever deleted. */
public enum SubmissionStatus {
    VISIBLE, HIDDEN
}
