package org.councilworkspace.meeting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.councilworkspace.base.InvalidInputException;

/**
 * The part of an iCalendar RRULE (RFC 5545) that councils' meeting series use: FREQ=WEEKLY or MONTHLY, INTERVAL,
 * BYDAY (with ordinals such as 1TU or -1FR for monthly rules), BYMONTHDAY, WKST, and COUNT or UNTIL. Anything else is
 * refused with a message naming the part, rather than expanded wrongly. Occurrences are local times in the series'
 * zone; the first is the first date on or after the series' start that the rule matches, and COUNT counts from it.
 */
final class Recurrence {

    static final String FIELD = "rrule";
    /** Stops a rule that (almost) never matches, e.g. the 31st every 12 months from a short month, from looping. */
    static final int MAX_PERIODS = 1200;
    private static final Set<String> KNOWN = Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY",
            "WKST");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    enum Frequency { WEEKLY, MONTHLY }

    /** A BYDAY entry: a weekday, with an ordinal (1..5 or -1..-5) within the month or 0 for every one. */
    record WeekdayNum(int ordinal, DayOfWeek day) {
    }

    private final Frequency frequency;
    private final int interval;
    private final Integer count;
    private final LocalDate untilDate;
    private final Instant untilInstant;
    private final List<WeekdayNum> byDay;
    private final List<Integer> byMonthDay;
    private final DayOfWeek weekStart;

    private Recurrence(Frequency frequency, int interval, Integer count, LocalDate untilDate, Instant untilInstant,
                       List<WeekdayNum> byDay, List<Integer> byMonthDay, DayOfWeek weekStart) {
        this.frequency = frequency;
        this.interval = interval;
        this.count = count;
        this.untilDate = untilDate;
        this.untilInstant = untilInstant;
        this.byDay = byDay;
        this.byMonthDay = byMonthDay;
        this.weekStart = weekStart;
    }

    /** Parses an RRULE value (with or without the "RRULE:" prefix); refuses what this expander does not support. */
    static Recurrence parse(String rule) {
        if (rule == null || rule.isBlank()) {
            throw new InvalidInputException(FIELD, "validation.required");
        }
        String value = rule.strip();
        if (value.regionMatches(true, 0, "RRULE:", 0, 6)) {
            value = value.substring(6);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : value.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new InvalidInputException(FIELD, "meeting.series.rrule-syntax", part);
            }
            String name = part.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            if (!KNOWN.contains(name)) {
                throw new InvalidInputException(FIELD, "meeting.series.rrule-unsupported", name);
            }
            if (parts.put(name, part.substring(eq + 1).strip().toUpperCase(Locale.ROOT)) != null) {
                throw new InvalidInputException(FIELD, "meeting.series.rrule-syntax", name);
            }
        }
        Frequency frequency = RruleParts.frequency(parts.get("FREQ"));
        int interval = RruleParts.positive(parts.getOrDefault("INTERVAL", "1"), "INTERVAL", 99);
        Integer count = parts.containsKey("COUNT") ? RruleParts.positive(parts.get("COUNT"), "COUNT", 1000) : null;
        if (count != null && parts.containsKey("UNTIL")) {
            throw new InvalidInputException(FIELD, "meeting.series.rrule-count-and-until");
        }
        LocalDate untilDate = null;
        Instant untilInstant = null;
        String until = parts.get("UNTIL");
        if (until != null) {
            try {
                if (until.length() == 8) {
                    untilDate = LocalDate.parse(until, DATE);
                } else {
                    untilInstant = LocalDateTime.parse(until, UTC_TIME).toInstant(ZoneOffset.UTC);
                }
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(FIELD, "meeting.series.rrule-syntax", "UNTIL=" + until);
            }
        }
        List<WeekdayNum> byDay = parts.containsKey("BYDAY") ? RruleParts.byDay(parts.get("BYDAY"), frequency) : List.of();
        List<Integer> byMonthDay = parts.containsKey("BYMONTHDAY") ? RruleParts.byMonthDay(parts.get("BYMONTHDAY"), frequency)
                : List.of();
        if (!byDay.isEmpty() && !byMonthDay.isEmpty()) {
            throw new InvalidInputException(FIELD, "meeting.series.rrule-unsupported", "BYDAY+BYMONTHDAY");
        }
        DayOfWeek weekStart = parts.containsKey("WKST") ? RruleParts.day(parts.get("WKST")) : DayOfWeek.MONDAY;
        return new Recurrence(frequency, interval, count, untilDate, untilInstant, byDay, byMonthDay, weekStart);
    }

    /**
     * Up to {@code limit} occurrences, in order, from the first on or after {@code start}. A date the zone skips
     * (a clock change) moves later as {@link ZonedDateTime#of} does; Asian zones without summer time have none.
     */
    List<ZonedDateTime> occurrences(LocalDate start, LocalTime time, ZoneId zone, int limit) {
        List<ZonedDateTime> out = new ArrayList<>();
        int max = count == null ? limit : Math.min(limit, count);
        LocalDate first = firstMatch(start);
        if (first == null) {
            return out;
        }
        // INTERVAL counts from the first meeting's week or month, as a secretariat counts "every other Thursday".
        for (int period = 0; period < MAX_PERIODS && out.size() < max; period++) {
            for (LocalDate date : datesOfPeriod(first, (long) period * interval)) {
                if (date.isBefore(first)) {
                    continue;
                }
                ZonedDateTime at = ZonedDateTime.of(date, time, zone);
                if (afterUntil(at)) {
                    return out;
                }
                out.add(at);
                if (out.size() >= max) {
                    return out;
                }
            }
        }
        return out;
    }

    /** The first occurrence starting after {@code after}, if the rule has one left. */
    java.util.Optional<ZonedDateTime> next(LocalDate start, LocalTime time, ZoneId zone, Instant after) {
        int needed = 1;
        while (true) {
            // Doubling keeps the search short for series far into their run without an unbounded list.
            List<ZonedDateTime> some = occurrences(start, time, zone, needed);
            for (ZonedDateTime at : some) {
                if (at.toInstant().isAfter(after)) {
                    return java.util.Optional.of(at);
                }
            }
            if (some.size() < needed || needed >= 4096) {
                return java.util.Optional.empty();
            }
            needed *= 4;
        }
    }

    private boolean afterUntil(ZonedDateTime at) {
        return untilDate != null && at.toLocalDate().isAfter(untilDate)
                || untilInstant != null && at.toInstant().isAfter(untilInstant);
    }

    private LocalDate firstMatch(LocalDate start) {
        for (int period = 0; period < MAX_PERIODS; period++) {
            for (LocalDate date : datesOfPeriod(start, period)) {
                if (!date.isBefore(start)) {
                    return date;
                }
            }
        }
        return null;
    }

    /** The matching dates of the week or month {@code step} periods after the one holding {@code start}. */
    private List<LocalDate> datesOfPeriod(LocalDate start, long step) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (frequency == Frequency.WEEKLY) {
            LocalDate weekBegins = start.with(TemporalAdjusters.previousOrSame(weekStart)).plusWeeks(step);
            List<DayOfWeek> days = byDay.isEmpty() ? List.of(start.getDayOfWeek())
                    : byDay.stream().map(WeekdayNum::day).toList();
            for (DayOfWeek day : days) {
                dates.add(weekBegins.with(TemporalAdjusters.nextOrSame(day)));
            }
            return new ArrayList<>(dates);
        }
        LocalDate month = start.withDayOfMonth(1).plusMonths(step);
        int length = month.lengthOfMonth();
        if (!byDay.isEmpty()) {
            for (WeekdayNum w : byDay) {
                if (w.ordinal() == 0) {
                    for (LocalDate d = month.with(TemporalAdjusters.firstInMonth(w.day())); d.getMonth() == month.getMonth();
                         d = d.plusWeeks(1)) {
                        dates.add(d);
                    }
                } else {
                    LocalDate d = w.ordinal() > 0
                            ? month.with(TemporalAdjusters.firstInMonth(w.day())).plusWeeks(w.ordinal() - 1L)
                            : month.with(TemporalAdjusters.lastInMonth(w.day())).plusWeeks(w.ordinal() + 1L);
                    // A month without a fifth Tuesday simply has no occurrence of 5TU (RFC 5545).
                    if (d.getMonth() == month.getMonth()) {
                        dates.add(d);
                    }
                }
            }
        } else {
            List<Integer> days = byMonthDay.isEmpty() ? List.of(start.getDayOfMonth()) : byMonthDay;
            for (int day : days) {
                int resolved = day > 0 ? day : length + day + 1;
                if (resolved >= 1 && resolved <= length) {
                    dates.add(month.withDayOfMonth(resolved));
                }
            }
        }
        return new ArrayList<>(dates);
    }

    /**
     * The rule as a calendar feed carries it next to a DTSTART with a time zone: an UNTIL given as a date becomes the
     * end of that day in the series' zone, in UTC, as RFC 5545 requires there.
     */
    String icsValue(ZoneId zone) {
        StringBuilder out = new StringBuilder("FREQ=").append(frequency);
        if (interval != 1) {
            out.append(";INTERVAL=").append(interval);
        }
        if (!byDay.isEmpty()) {
            out.append(";BYDAY=").append(String.join(",", byDay.stream().map(Recurrence::text).toList()));
        }
        if (!byMonthDay.isEmpty()) {
            out.append(";BYMONTHDAY=").append(String.join(",", byMonthDay.stream().map(String::valueOf).toList()));
        }
        if (weekStart != DayOfWeek.MONDAY) {
            out.append(";WKST=").append(weekStart.name(), 0, 2);
        }
        if (count != null) {
            out.append(";COUNT=").append(count);
        }
        Instant until = untilInstant != null ? untilInstant
                : untilDate != null ? untilDate.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1) : null;
        if (until != null) {
            out.append(";UNTIL=").append(UTC_TIME.format(until.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)));
        }
        return out.toString();
    }

    boolean bounded() {
        return count != null || untilDate != null || untilInstant != null;
    }

    private static String text(WeekdayNum w) {
        return (w.ordinal() == 0 ? "" : Integer.toString(w.ordinal())) + w.day().name().substring(0, 2);
    }
}
