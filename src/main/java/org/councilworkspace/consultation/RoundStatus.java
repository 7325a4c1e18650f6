package org.councilworkspace.consultation;

/** A round's life: scheduled, taking comments, closed, every comment answered, results published. */
public enum RoundStatus {
    DRAFT, OPEN, CLOSED, RESPONDED, PUBLISHED
}
