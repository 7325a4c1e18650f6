package org.councilworkspace.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalendarDatesTest {

    private static final LocalDate FIRST_OF_MARCH_2027 = LocalDate.of(2027, 3, 1);
    private static final Locale THAI = Locale.forLanguageTag("th");

    @Test
    void a_thai_council_counting_the_buddhist_era_shows_phor_sor_2570_to_a_thai_reader() {
        assertThat(dates(THAI, CalendarSystem.THAI_BUDDHIST).date(FIRST_OF_MARCH_2027)).isEqualTo("1 มีนาคม พ.ศ. 2570");
    }

    @Test
    void a_japanese_council_counting_eras_shows_reiwa_9_to_a_japanese_reader() {
        assertThat(dates(Locale.JAPANESE, CalendarSystem.JAPANESE_ERA).date(FIRST_OF_MARCH_2027)).isEqualTo("令和9年3月1日");
    }

    @Test
    void a_gregorian_council_shows_2027_in_every_language() {
        assertThat(dates(THAI, CalendarSystem.GREGORIAN).date(FIRST_OF_MARCH_2027))
                .as("Thai defaults to the Buddhist Era unless told otherwise").isEqualTo("1 มีนาคม 2027");
        assertThat(dates(Locale.JAPANESE, CalendarSystem.GREGORIAN).date(FIRST_OF_MARCH_2027)).isEqualTo("2027年3月1日");
        assertThat(dates(Locale.ENGLISH, CalendarSystem.GREGORIAN).date(FIRST_OF_MARCH_2027)).isEqualTo("March 1, 2027");
    }

    @Test
    void the_councils_calendar_counts_the_year_for_a_reader_in_another_language() {
        assertThat(dates(Locale.ENGLISH, CalendarSystem.THAI_BUDDHIST).date(FIRST_OF_MARCH_2027)).isEqualTo("March 1, 2570 BE");
        assertThat(dates(Locale.ENGLISH, CalendarSystem.JAPANESE_ERA).date(FIRST_OF_MARCH_2027)).isEqualTo("March 1, 9 Reiwa");
    }

    @Test
    void a_day_is_written_with_its_weekday_where_people_plan_around_it() {
        assertThat(dates(THAI, CalendarSystem.THAI_BUDDHIST).weekdayDate(FIRST_OF_MARCH_2027))
                .isEqualTo("วันจันทร์ที่ 1 มีนาคม พ.ศ. 2570");
        assertThat(dates(Locale.JAPANESE, CalendarSystem.JAPANESE_ERA).weekdayDate(FIRST_OF_MARCH_2027))
                .isEqualTo("令和9年3月1日月曜日");
        assertThat(dates(Locale.ENGLISH, CalendarSystem.GREGORIAN).weekdayDate(FIRST_OF_MARCH_2027))
                .isEqualTo("Monday, March 1, 2027");
        OffsetDateTime morning = OffsetDateTime.of(2027, 3, 1, 0, 30, 0, 0, ZoneOffset.UTC);
        CalendarDates tokyo = new CalendarDates(Locale.JAPANESE, CalendarSystem.JAPANESE_ERA, ZoneId.of("Asia/Tokyo"));
        assertThat(tokyo.weekdayDateTime(morning)).startsWith("令和9年3月1日").contains("(月)").endsWith("9:30");
    }

    @Test
    void a_moment_is_shown_in_the_readers_zone_on_the_day_it_falls_there() {
        OffsetDateTime lateEveningUtc = OffsetDateTime.of(2027, 2, 28, 20, 30, 0, 0, ZoneOffset.UTC);
        CalendarDates bangkok = new CalendarDates(THAI, CalendarSystem.THAI_BUDDHIST, ZoneId.of("Asia/Bangkok"));
        assertThat(bangkok.dateTime(lateEveningUtc)).isEqualTo("1 มี.ค. พ.ศ. 2570 03:30");
        CalendarDates tokyo = new CalendarDates(Locale.JAPANESE, CalendarSystem.JAPANESE_ERA, ZoneId.of("Asia/Tokyo"));
        assertThat(tokyo.dateTime(lateEveningUtc)).isEqualTo("令和9年3月1日 5:30");
    }

    @Test
    void a_plan_cycle_is_counted_in_the_councils_calendar() {
        assertThat(dates(THAI, CalendarSystem.THAI_BUDDHIST).years(2027, 2031)).isEqualTo("พ.ศ. 2570–2574");
        assertThat(dates(Locale.JAPANESE, CalendarSystem.JAPANESE_ERA).years(2027, 2031)).isEqualTo("令和9年～13年");
        assertThat(dates(Locale.JAPANESE, CalendarSystem.JAPANESE_ERA).years(2019, 2019)).isEqualTo("令和元年");
        assertThat(dates(THAI, CalendarSystem.GREGORIAN).years(2027, 2031)).isEqualTo("2027–2031");
    }

    @Test
    void short_dates_and_numbers_follow_the_reader() {
        assertThat(dates(THAI, CalendarSystem.THAI_BUDDHIST).shortDate(FIRST_OF_MARCH_2027)).isEqualTo("1 มี.ค. พ.ศ. 2570");
        assertThat(dates(Locale.ENGLISH, CalendarSystem.GREGORIAN).number(12345)).isEqualTo("12,345");
        assertThat(dates(Locale.ENGLISH, CalendarSystem.GREGORIAN).date(null)).isEmpty();
    }

    private static CalendarDates dates(Locale locale, CalendarSystem calendar) {
        return new CalendarDates(locale, calendar, ZoneOffset.UTC);
    }
}
