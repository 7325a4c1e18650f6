package org.councilworkspace.meeting;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.councilworkspace.base.InvalidInputException;
import org.councilworkspace.meeting.Recurrence.Frequency;
import org.councilworkspace.meeting.Recurrence.WeekdayNum;

/** The values of an RRULE's parts, each refused with a message naming the part when it is out of range. */
final class RruleParts {

    private static final String FIELD = Recurrence.FIELD;

    private RruleParts() {
    }

    static Frequency frequency(String value) {
        if (value == null) {
            throw new InvalidInputException(FIELD, "meeting.series.rrule-no-freq");
        }
        try {
            return Frequency.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FIELD, "meeting.series.rrule-unsupported", "FREQ=" + value);
        }
    }

    static int positive(String value, String name, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new InvalidInputException(FIELD, "meeting.series.rrule-range", name, 1, max);
    }

    static List<WeekdayNum> byDay(String value, Frequency frequency) {
        List<WeekdayNum> out = new ArrayList<>();
        for (String entry : value.split(",")) {
            String e = entry.strip();
            if (e.length() < 2) {
                throw new InvalidInputException(FIELD, "meeting.series.rrule-syntax", "BYDAY=" + value);
            }
            String ordinalText = e.substring(0, e.length() - 2);
            int ordinal = 0;
            if (!ordinalText.isEmpty()) {
                try {
                    ordinal = Integer.parseInt(ordinalText.startsWith("+") ? ordinalText.substring(1) : ordinalText);
                } catch (NumberFormatException ex) {
                    throw new InvalidInputException(FIELD, "meeting.series.rrule-syntax", "BYDAY=" + value);
                }
                if (frequency == Frequency.WEEKLY) {
                    throw new InvalidInputException(FIELD, "meeting.series.rrule-unsupported", "BYDAY=" + e);
                }
                if (ordinal == 0 || ordinal < -5 || ordinal > 5) {
                    throw new InvalidInputException(FIELD, "meeting.series.rrule-range", "BYDAY", -5, 5);
                }
            }
            out.add(new WeekdayNum(ordinal, day(e.substring(e.length() - 2))));
        }
        return List.copyOf(out);
    }

    static List<Integer> byMonthDay(String value, Frequency frequency) {
        if (frequency != Frequency.MONTHLY) {
            throw new InvalidInputException(FIELD, "meeting.series.rrule-unsupported", "BYMONTHDAY");
        }
        List<Integer> out = new ArrayList<>();
        for (String entry : value.split(",")) {
            int day;
            try {
                day = Integer.parseInt(entry.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(FIELD, "meeting.series.rrule-syntax", "BYMONTHDAY=" + value);
            }
            if (day == 0 || day < -31 || day > 31) {
                throw new InvalidInputException(FIELD, "meeting.series.rrule-range", "BYMONTHDAY", -31, 31);
            }
            out.add(day);
        }
        return List.copyOf(out);
    }

    static DayOfWeek day(String two) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(two)) {
                return d;
            }
        }
        throw new InvalidInputException(FIELD, "meeting.series.rrule-syntax", two);
    }
}
