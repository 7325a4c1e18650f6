package org.councilworkspace.implementation;

/** How many of a plan's measures serve a goal, directly or through one of its targets. */
public record GoalCount(Goal goal, int measures) {
}
