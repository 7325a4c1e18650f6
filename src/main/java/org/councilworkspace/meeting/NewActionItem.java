package org.councilworkspace.meeting;

import java.time.LocalDate;

/** An action item as recorded in the minutes. */
public record NewActionItem(String text, Long ownerId, LocalDate dueDate) {
}
