package org.councilworkspace.implementation;

import java.time.LocalDate;
import java.util.Optional;

/** The reminders of a report still to be filled in, in the order they come. */
enum ReminderStage {
    OPENED,
    DUE_IN_A_WEEK,
    DUE_TOMORROW,
    OVERDUE;

    /** The reminder the deadline calls for today, if any: a week before, the day before, and once it has passed. */
    static Optional<ReminderStage> dueOn(LocalDate today, LocalDate deadline) {
        if (today.isAfter(deadline)) {
            return Optional.of(OVERDUE);
        }
        if (!today.isBefore(deadline.minusDays(1))) {
            return Optional.of(DUE_TOMORROW);
        }
        if (!today.isBefore(deadline.minusDays(7))) {
            return Optional.of(DUE_IN_A_WEEK);
        }
        return Optional.empty();
    }

    String messageKey() {
        return "implementation.notify.report-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
