package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsTest {

    static Meeting meeting(String title, String place) {
        OffsetDateTime start = OffsetDateTime.of(2027, 3, 5, 9, 30, 0, 0, ZoneOffset.ofHours(7));
        return new Meeting(42, 1, "Automotive Council", MeetingKind.PLENARY, title, start, start.plusHours(2), place,
                "https://meet.example.org/room?id=1", null, "v0.2, for the plenary", null, false, MinutesStatus.DRAFT,
                null, null, null, 3);
    }

    @Test
    void times_are_in_utc_and_lines_end_with_crlf() {
        String ics = Ics.calendar(null, List.of(meeting("3rd plenary", null)),
                OffsetDateTime.of(2027, 2, 1, 0, 0, 0, 0, ZoneOffset.UTC), id -> "https://cw.example.org/meetings/" + id);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("\r\nDTSTART:20270305T023000Z\r\n", "\r\nDTEND:20270305T043000Z\r\n",
                "\r\nDTSTAMP:20270201T000000Z\r\n", "\r\nUID:meeting-42@council-workspace\r\n",
                "\r\nURL:https://cw.example.org/meetings/42\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void commas_semicolons_backslashes_and_line_breaks_are_escaped() {
        assertThat(Ics.text("Room 3, Building A; floor 2\\east\nsecond line"))
                .isEqualTo("Room 3\\, Building A\\; floor 2\\\\east\\nsecond line");
        String ics = Ics.calendar(null, List.of(meeting("Targets, costs; and\r\nnext steps", "Hall A, 3F")),
                OffsetDateTime.now(), null).replace("\r\n ", "");
        assertThat(ics).contains("SUMMARY:Targets\\, costs\\; and\\nnext steps", "LOCATION:Hall A\\, 3F",
                "DESCRIPTION:Automotive Council\\nhttps://meet.example.org/room?id=1\\nv0.2\\, for the plenary");
    }

    @Test
    void long_lines_are_folded_at_75_octets_without_splitting_a_character() {
        String title = "第3回 製造業競争力強化小委員会 ".repeat(6) + "การประชุมคณะกรรมการ".repeat(3);
        String ics = Ics.calendar(null, List.of(meeting(title, null)), OffsetDateTime.now(), null);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + title.replace(",", "\\,"));
    }
}
