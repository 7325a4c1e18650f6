package org.councilworkspace.notification.ui;

import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeDateTimeUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.councilworkspace.base.ui.Formats;

/** "5 minutes ago" in the reader's language (ICU's CLDR data) for the last week; a date and time before that. */
final class NotificationTime {

    private NotificationTime() {
    }

    static String relative(OffsetDateTime at, Instant now, Locale locale) {
        Duration age = Duration.between(at.toInstant(), now);
        if (age.toDays() >= 7) {
            return Formats.dateTime(at);
        }
        RelativeDateTimeFormatter format = RelativeDateTimeFormatter.getInstance(locale);
        if (age.toMinutes() < 1) {
            return format.format(Direction.PLAIN, AbsoluteUnit.NOW);
        }
        if (age.toHours() < 1) {
            return format.formatNumeric(-age.toMinutes(), RelativeDateTimeUnit.MINUTE);
        }
        if (age.toDays() < 1) {
            return format.formatNumeric(-age.toHours(), RelativeDateTimeUnit.HOUR);
        }
        return format.formatNumeric(-age.toDays(), RelativeDateTimeUnit.DAY);
    }
}
