package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Meeting series in a calendar feed: one recurring event where the zone keeps its offset, else single events. */
class SeriesIcsTest {

    static final OffsetDateTime STAMP = OffsetDateTime.parse("2027-01-01T00:00:00Z");

    static MeetingSeries series(long id, ZoneId zone, String rule) {
        return new MeetingSeries(id, 1, "Monthly review; EV, batteries", MeetingKind.PLENARY, rule,
                LocalDate.of(2027, 1, 1), LocalTime.of(9, 30), 90, zone, "Room 3", null, null, 2);
    }

    static String ics(MeetingSeries s, List<OffsetDateTime> made) {
        StringBuilder out = new StringBuilder();
        SeriesIcs.append(out, List.of(s), Map.of(s.id(), made), STAMP);
        return out.toString();
    }

    @Test
    void a_tokyo_series_is_one_recurring_event_in_local_time_without_the_meetings_already_made() {
        String ics = ics(series(7, ZoneId.of("Asia/Tokyo"), "FREQ=MONTHLY;BYDAY=1TU;COUNT=6"),
                List.of(OffsetDateTime.parse("2027-01-05T09:30+09:00"), OffsetDateTime.parse("2027-02-02T00:30Z")));
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                        + "TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\n",
                "UID:series-7@council-workspace\r\n", "DTSTART;TZID=Asia/Tokyo:20270105T093000\r\n",
                "DTEND;TZID=Asia/Tokyo:20270105T110000\r\n", "RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=6\r\n",
                "EXDATE;TZID=Asia/Tokyo:20270105T093000,20270202T093000\r\n",
                "SUMMARY:Monthly review\\; EV\\, batteries\r\n", "LOCATION:Room 3\r\n", "SEQUENCE:2\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
    }

    @Test
    void a_series_in_a_zone_with_summer_time_is_given_as_its_coming_dates_in_utc() {
        String ics = ics(series(8, ZoneId.of("Europe/Berlin"), "FREQ=MONTHLY;BYDAY=1TU;COUNT=4"),
                List.of(OffsetDateTime.parse("2027-01-05T09:30+01:00")));
        assertThat(ics).doesNotContain("RRULE", "VTIMEZONE");
        // February at UTC+1, April at UTC+2 (summer time): the same 09:30 on the wall clock.
        assertThat(ics).contains("DTSTART:20270202T083000Z", "DTSTART:20270302T083000Z", "DTSTART:20270406T073000Z")
                .doesNotContain("DTSTART:20270105");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(4);
    }
}
