package org.councilworkspace.meeting;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * iCalendar (RFC 5545) text for meetings: times in UTC, text values escaped (backslash, semicolon, comma,
 * line breaks), lines folded at 75 octets without splitting a character, CRLF line ends.
 */
final class Ics {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final int LINE_OCTETS = 75;

    private Ics() {
    }

    /**
     * @param link a function giving the meeting page's absolute address, or null for none
     */
    static String calendar(String name, List<Meeting> meetings, OffsetDateTime stamp,
                           java.util.function.LongFunction<String> link) {
        return calendar(name, meetings, stamp, link, out -> { });
    }

    /** The calendar with more components (a feed's meeting series) added after the meetings. */
    static String calendar(String name, List<Meeting> meetings, OffsetDateTime stamp,
                           java.util.function.LongFunction<String> link,
                           java.util.function.Consumer<StringBuilder> more) {
        StringBuilder out = begin(name);
        for (Meeting m : meetings) {
            StringBuilder description = new StringBuilder(m.councilName());
            if (m.onlineLink() != null) {
                description.append('\n').append(m.onlineLink());
            }
            if (m.planVersionLabel() != null) {
                description.append('\n').append(m.planVersionLabel());
            }
            event(out, m.id(), stamp, m.startsAt(), m.endsAt(), m.title(),
                    m.place() != null ? m.place() : m.onlineLink(), description.toString(),
                    link == null ? null : link.apply(m.id()), m.version());
        }
        more.accept(out);
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The public calendar: what the portal shows of each meeting, never the online link or who is invited. */
    static String publicCalendar(String name, List<PublicMeeting> meetings, OffsetDateTime stamp,
                                        java.util.function.LongFunction<String> link) {
        StringBuilder out = begin(name);
        for (PublicMeeting m : meetings) {
            event(out, m.id(), stamp, m.startsAt(), m.endsAt(), m.title(), m.place(), m.councilName(),
                    link.apply(m.id()), null);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static StringBuilder begin(String name) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Council Workspace//Meetings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        if (name != null) {
            line(out, "X-WR-CALNAME:" + text(name));
        }
        return out;
    }

    private static void event(StringBuilder out, long id, OffsetDateTime stamp, OffsetDateTime start,
                              OffsetDateTime end, String title, String location, String description, String page,
                              Integer sequence) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:meeting-" + id + "@council-workspace");
        line(out, "DTSTAMP:" + utc(stamp));
        line(out, "DTSTART:" + utc(start));
        line(out, "DTEND:" + utc(end));
        line(out, "SUMMARY:" + text(title));
        if (location != null) {
            line(out, "LOCATION:" + text(location));
        }
        line(out, "DESCRIPTION:" + text(description));
        if (page != null) {
            line(out, "URL:" + page);
        }
        if (sequence != null) {
            line(out, "SEQUENCE:" + sequence);
        }
        line(out, "END:VEVENT");
    }

    static String utc(OffsetDateTime time) {
        return UTC.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** A TEXT value: backslash, semicolon and comma escaped, every line break as \n. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded to at most 75 octets per physical line. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                // The leading space of a continuation line counts towards its 75 octets.
                limit = LINE_OCTETS - 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
