package org.councilworkspace.plan;

/** A lead drafter of a section. */
public record Lead(long userId, String displayName) {
}
