package org.councilworkspace.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.councilworkspace.base.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The RRULE expander of meeting series, date by date against calendars checked by hand. */
class RecurrenceTest {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final LocalTime TEN = LocalTime.of(10, 0);

    static List<LocalDate> dates(String rule, LocalDate start, int limit) {
        return Recurrence.parse(rule).occurrences(start, TEN, BANGKOK, limit).stream()
                .map(ZonedDateTime::toLocalDate).toList();
    }

    @Test
    void the_first_tuesday_of_each_month_falls_on_the_right_dates() {
        assertThat(dates("FREQ=MONTHLY;BYDAY=1TU", LocalDate.of(2027, 1, 1), 4)).containsExactly(
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 2), LocalDate.of(2027, 3, 2), LocalDate.of(2027, 4, 6));
    }

    @Test
    void a_start_after_the_months_occurrence_begins_with_the_next_month() {
        assertThat(dates("FREQ=MONTHLY;BYDAY=1TU", LocalDate.of(2027, 1, 6), 1))
                .containsExactly(LocalDate.of(2027, 2, 2));
    }

    @Test
    void months_without_a_fifth_friday_have_no_meeting() {
        // 2027: January, April, July, October and December have five Fridays.
        assertThat(dates("FREQ=MONTHLY;BYDAY=5FR", LocalDate.of(2027, 1, 1), 5)).containsExactly(
                LocalDate.of(2027, 1, 29), LocalDate.of(2027, 4, 30), LocalDate.of(2027, 7, 30),
                LocalDate.of(2027, 10, 29), LocalDate.of(2027, 12, 31));
    }

    @Test
    void the_last_weekday_counts_from_the_end_of_the_month() {
        assertThat(dates("FREQ=MONTHLY;BYDAY=-1WE", LocalDate.of(2027, 2, 1), 2))
                .containsExactly(LocalDate.of(2027, 2, 24), LocalDate.of(2027, 3, 31));
    }

    @Test
    void an_interval_skips_periods_counted_from_the_start() {
        assertThat(dates("FREQ=MONTHLY;INTERVAL=3;BYDAY=2MO", LocalDate.of(2027, 1, 1), 3)).containsExactly(
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 4, 12), LocalDate.of(2027, 7, 12));
        assertThat(dates("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", LocalDate.of(2027, 1, 1), 3)).containsExactly(
                LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 21), LocalDate.of(2027, 2, 4));
    }

    @Test
    void a_weekly_rule_with_two_days_gives_both_in_order() {
        assertThat(dates("FREQ=WEEKLY;BYDAY=FR,MO", LocalDate.of(2027, 1, 6), 4)).containsExactly(
                LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 1, 18));
    }

    @Test
    void a_weekly_rule_without_days_repeats_the_start_weekday() {
        assertThat(dates("FREQ=WEEKLY", LocalDate.of(2027, 1, 6), 2))
                .containsExactly(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 13));
    }

    @Test
    void count_counts_from_the_first_occurrence_and_ends_the_series() {
        assertThat(dates("FREQ=MONTHLY;BYDAY=1TU;COUNT=3", LocalDate.of(2027, 1, 1), 10)).hasSize(3)
                .last().isEqualTo(LocalDate.of(2027, 3, 2));
    }

    @Test
    void until_as_a_date_includes_that_day_and_nothing_after() {
        assertThat(dates("FREQ=MONTHLY;BYDAY=1TU;UNTIL=20270302", LocalDate.of(2027, 1, 1), 10))
                .containsExactly(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 2), LocalDate.of(2027, 3, 2));
    }

    @Test
    void until_in_utc_compares_the_instant() {
        // 10:00 in Bangkok is 03:00 UTC: an UNTIL of 02:59 UTC that day leaves that day's meeting out.
        assertThat(dates("FREQ=MONTHLY;BYDAY=1TU;UNTIL=20270302T025900Z", LocalDate.of(2027, 1, 1), 10))
                .containsExactly(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 2));
    }

    @Test
    void a_month_day_rule_skips_months_that_are_too_short() {
        assertThat(dates("FREQ=MONTHLY;BYMONTHDAY=31", LocalDate.of(2027, 1, 1), 3)).containsExactly(
                LocalDate.of(2027, 1, 31), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 5, 31));
        assertThat(dates("FREQ=MONTHLY;BYMONTHDAY=-1", LocalDate.of(2028, 2, 1), 1))
                .containsExactly(LocalDate.of(2028, 2, 29));
    }

    @Test
    void asian_zones_without_summer_time_keep_the_same_utc_hour_all_year() {
        List<ZonedDateTime> tokyo = Recurrence.parse("FREQ=MONTHLY;BYDAY=1TU").occurrences(LocalDate.of(2027, 1, 1),
                LocalTime.of(9, 30), TOKYO, 12);
        assertThat(tokyo).hasSize(12).allSatisfy(at -> {
            assertThat(at.getOffset().getTotalSeconds()).isEqualTo(9 * 3600);
            assertThat(at.toInstant().atZone(ZoneId.of("UTC")).getHour()).isZero();
        });
        assertThat(SeriesIcs.fixed(BANGKOK, Instant.parse("2027-01-01T00:00:00Z"))).isTrue();
        assertThat(SeriesIcs.fixed(ZoneId.of("Europe/Berlin"), Instant.parse("2027-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void the_next_occurrence_follows_the_given_instant() {
        Recurrence rule = Recurrence.parse("RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=2");
        LocalDate start = LocalDate.of(2027, 1, 1);
        Instant first = rule.occurrences(start, TEN, BANGKOK, 1).get(0).toInstant();
        assertThat(rule.next(start, TEN, BANGKOK, first)).map(ZonedDateTime::toLocalDate)
                .contains(LocalDate.of(2027, 2, 2));
        Instant second = rule.next(start, TEN, BANGKOK, first).orElseThrow().toInstant();
        assertThat(rule.next(start, TEN, BANGKOK, second)).isEmpty();
    }

    @Test
    void the_feed_value_turns_a_date_until_into_the_end_of_that_day_in_utc() {
        assertThat(Recurrence.parse("FREQ=MONTHLY;BYDAY=1TU;UNTIL=20271231").icsValue(BANGKOK))
                .isEqualTo("FREQ=MONTHLY;BYDAY=1TU;UNTIL=20271231T165959Z");
        assertThat(Recurrence.parse("freq=weekly;interval=2;byday=mo,th;count=5").icsValue(BANGKOK))
                .isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5");
    }

    @Test
    void rules_this_expander_does_not_support_are_refused_naming_the_part() {
        assertRefused("FREQ=DAILY", "meeting.series.rrule-unsupported", "FREQ=DAILY");
        assertRefused("FREQ=YEARLY;BYMONTH=3", "meeting.series.rrule-unsupported", "BYMONTH");
        assertRefused("FREQ=MONTHLY;BYDAY=1TU;BYSETPOS=1", "meeting.series.rrule-unsupported", "BYSETPOS");
        assertRefused("FREQ=WEEKLY;BYDAY=1TU", "meeting.series.rrule-unsupported", "BYDAY=1TU");
        assertRefused("BYDAY=TU", "meeting.series.rrule-no-freq");
        assertRefused("FREQ=MONTHLY;BYDAY=6TU", "meeting.series.rrule-range", "BYDAY", -5, 5);
        assertRefused("FREQ=MONTHLY;COUNT=3;UNTIL=20271231", "meeting.series.rrule-count-and-until");
        assertRefused("FREQ=MONTHLY;INTERVAL=0", "meeting.series.rrule-range", "INTERVAL", 1, 99);
        assertRefused("FREQ=MONTHLY;BYDAY=XX", "meeting.series.rrule-syntax", "XX");
        assertRefused("FREQ", "meeting.series.rrule-syntax", "FREQ");
    }

    private static void assertRefused(String rule, String key, Object... args) {
        assertThatThrownBy(() -> Recurrence.parse(rule)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.args()).containsExactly(args);
        });
    }
}
