package org.councilworkspace.meeting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Meeting series in a calendar feed. A series in a zone without clock changes ahead (Bangkok, Tokyo, Jakarta, …) is
 * one VEVENT carrying its RRULE in local time with a VTIMEZONE, so calendars show every future occurrence; the
 * occurrences already made into meetings are left out by EXDATE because each meeting is its own event. A series in
 * a zone with summer time gets its coming occurrences as separate events instead, which needs no time zone rules.
 */
final class SeriesIcs {

    static final int EXPANDED = 24;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xx");

    private SeriesIcs() {
    }

    static void append(StringBuilder out, List<MeetingSeries> series, Map<Long, List<OffsetDateTime>> made,
                       OffsetDateTime stamp) {
        Set<ZoneId> zones = new LinkedHashSet<>();
        series.stream().filter(s -> fixed(s.zone(), stamp.toInstant())).forEach(s -> zones.add(s.zone()));
        zones.forEach(zone -> timezone(out, zone, stamp.toInstant()));
        for (MeetingSeries s : series) {
            List<OffsetDateTime> done = made.getOrDefault(s.id(), List.of());
            if (fixed(s.zone(), stamp.toInstant())) {
                recurring(out, s, done, stamp);
            } else {
                expanded(out, s, done, stamp);
            }
        }
    }

    /** No clock change from now on: the zone's offset today holds for every coming occurrence. */
    static boolean fixed(ZoneId zone, Instant now) {
        ZoneRules rules = zone.getRules();
        return rules.getTransitionRules().isEmpty() && rules.nextTransition(now) == null;
    }

    private static void timezone(StringBuilder out, ZoneId zone, Instant now) {
        ZoneOffset offset = zone.getRules().getOffset(now);
        Ics.line(out, "BEGIN:VTIMEZONE");
        Ics.line(out, "TZID:" + zone.getId());
        Ics.line(out, "BEGIN:STANDARD");
        Ics.line(out, "DTSTART:19700101T000000");
        Ics.line(out, "TZOFFSETFROM:" + OFFSET.format(offset));
        Ics.line(out, "TZOFFSETTO:" + OFFSET.format(offset));
        Ics.line(out, "END:STANDARD");
        Ics.line(out, "END:VTIMEZONE");
    }

    private static void recurring(StringBuilder out, MeetingSeries s, List<OffsetDateTime> done,
                                  OffsetDateTime stamp) {
        Recurrence rule = Recurrence.parse(s.rrule());
        List<ZonedDateTime> first = rule.occurrences(s.firstDate(), s.startTime(), s.zone(), 1);
        if (first.isEmpty()) {
            return;
        }
        ZonedDateTime start = first.get(0);
        String tz = ";TZID=" + s.zone().getId() + ":";
        Ics.line(out, "BEGIN:VEVENT");
        Ics.line(out, "UID:series-" + s.id() + "@council-workspace");
        Ics.line(out, "DTSTAMP:" + Ics.utc(stamp));
        Ics.line(out, "DTSTART" + tz + LOCAL.format(start));
        Ics.line(out, "DTEND" + tz + LOCAL.format(start.plusMinutes(s.durationMinutes())));
        Ics.line(out, "RRULE:" + rule.icsValue(s.zone()));
        if (!done.isEmpty()) {
            Ics.line(out, "EXDATE" + tz + String.join(",", done.stream()
                    .map(o -> LOCAL.format(o.atZoneSameInstant(s.zone()))).toList()));
        }
        summary(out, s);
        Ics.line(out, "SEQUENCE:" + s.version());
        Ics.line(out, "END:VEVENT");
    }

    private static void expanded(StringBuilder out, MeetingSeries s, List<OffsetDateTime> done, OffsetDateTime stamp) {
        Set<Instant> made = new LinkedHashSet<>();
        done.forEach(o -> made.add(o.toInstant()));
        List<ZonedDateTime> coming = Recurrence.parse(s.rrule())
                .occurrences(s.firstDate(), s.startTime(), s.zone(), 4096).stream()
                .filter(o -> !made.contains(o.toInstant()) && o.toInstant().isAfter(stamp.toInstant()))
                .limit(EXPANDED).toList();
        for (ZonedDateTime at : coming) {
            OffsetDateTime start = at.toOffsetDateTime();
            Ics.line(out, "BEGIN:VEVENT");
            Ics.line(out, "UID:series-" + s.id() + "-" + Ics.utc(start) + "@council-workspace");
            Ics.line(out, "DTSTAMP:" + Ics.utc(stamp));
            Ics.line(out, "DTSTART:" + Ics.utc(start));
            Ics.line(out, "DTEND:" + Ics.utc(start.plusMinutes(s.durationMinutes())));
            summary(out, s);
            Ics.line(out, "END:VEVENT");
        }
    }

    private static void summary(StringBuilder out, MeetingSeries s) {
        Ics.line(out, "SUMMARY:" + Ics.text(s.title()));
        String location = s.place() != null ? s.place() : s.onlineLink();
        if (location != null) {
            Ics.line(out, "LOCATION:" + Ics.text(location));
        }
    }
}
