package org.councilworkspace.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.councilworkspace.base.ui.JapaneseEras.EraDate;
import org.junit.jupiter.api.Test;

/** The era table the pickers take to the browser agrees with Java's own Japanese calendar on every day it knows. */
class JapaneseErasTest {

    @Test
    void reiwa_begins_on_the_first_of_may_2019_and_heisei_ends_the_day_before() {
        assertThat(JapaneseEras.of(LocalDate.of(2019, 4, 30))).hasValue(new EraDate("平成", 31, 4, 30));
        assertThat(JapaneseEras.of(LocalDate.of(2019, 5, 1))).hasValue(new EraDate("令和", 1, 5, 1));
        assertThat(JapaneseEras.of(LocalDate.of(2027, 3, 1))).hasValue(new EraDate("令和", 9, 3, 1));
        assertThat(JapaneseEras.of(LocalDate.of(1989, 1, 7))).hasValue(new EraDate("昭和", 64, 1, 7));
        assertThat(JapaneseEras.of(LocalDate.of(1989, 1, 8))).hasValue(new EraDate("平成", 1, 1, 8));
    }

    @Test
    void every_day_from_1873_to_2100_has_the_era_and_year_java_gives_it() {
        List<String> wrong = new ArrayList<>();
        for (LocalDate day = LocalDate.of(1873, 1, 1); day.getYear() <= 2100; day = day.plusDays(1)) {
            JapaneseDate expected = JapaneseDate.from(day);
            String era = expected.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE);
            EraDate actual = JapaneseEras.of(day).orElse(null);
            if (actual == null || !actual.era().equals(era) || actual.year() != expected.get(ChronoField.YEAR_OF_ERA)) {
                wrong.add(day + ": " + actual + " but Java says " + era + expected.get(ChronoField.YEAR_OF_ERA));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void an_era_date_reads_back_as_the_gregorian_day_and_a_year_the_era_never_had_is_refused() {
        assertThat(JapaneseEras.toGregorian("令和", 9, 3, 1)).hasValue(LocalDate.of(2027, 3, 1));
        assertThat(JapaneseEras.toGregorian("令和", 1, 5, 1)).hasValue(LocalDate.of(2019, 5, 1));
        assertThat(JapaneseEras.toGregorian("平成", 31, 4, 30)).hasValue(LocalDate.of(2019, 4, 30));
        assertThat(JapaneseEras.toGregorian("平成", 31, 5, 1)).as("that day is 令和元年5月1日").isEmpty();
        assertThat(JapaneseEras.toGregorian("令和", 1, 4, 30)).as("before Reiwa began").isEmpty();
        assertThat(JapaneseEras.toGregorian("令和", 9, 2, 29)).as("2027 is no leap year").isEmpty();
        for (LocalDate day = LocalDate.of(1912, 7, 1); day.getYear() <= 2040; day = day.plusDays(17)) {
            EraDate era = JapaneseEras.of(day).orElseThrow();
            assertThat(JapaneseEras.toGregorian(era.era(), era.year(), era.month(), era.day())).hasValue(day);
        }
    }

    @Test
    void the_table_sent_to_the_browser_names_every_era_java_knows_with_its_first_day() {
        assertThat(JapaneseEras.eras()).hasSize(JapaneseEra.values().length);
        assertThat(JapaneseEras.json()).contains("{\"n\":\"令和\",\"y\":2019,\"m\":5,\"d\":1}")
                .contains("{\"n\":\"平成\",\"y\":1989,\"m\":1,\"d\":8}")
                .contains("{\"n\":\"昭和\",\"y\":1926,\"m\":12,\"d\":25}")
                .contains("{\"n\":\"大正\",\"y\":1912,\"m\":7,\"d\":30}")
                .startsWith("[{\"n\":\"明治\",\"y\":1868,\"m\":1,\"d\":1}");
    }
}
