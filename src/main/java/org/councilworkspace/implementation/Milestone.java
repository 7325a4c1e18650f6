package org.councilworkspace.implementation;

import java.time.LocalDate;

/** A step of a measure with the date it is due. */
public record Milestone(String title, LocalDate dueOn) {
}
