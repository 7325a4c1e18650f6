package org.councilworkspace.base.ui;

import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The table of Japan's eras that the date pickers take to the browser (令和 began on 1 May 2019, 平成 on 8 January
 * 1989), read from the JDK so that a new era arrives with a Java update, and the same lookup the browser does, so that
 * a test can hold it against {@link JapaneseDate}.
 */
public final class JapaneseEras {

    /** An era and its first day. */
    public record Era(String name, LocalDate start) {
    }

    /** A day in the era count: 令和9年3月1日 is (令和, 9, 3, 1). */
    public record EraDate(String era, int year, int month, int day) {
    }

    private static final List<Era> ERAS = read();

    private JapaneseEras() {
    }

    /** The eras, oldest first. */
    public static List<Era> eras() {
        return ERAS;
    }

    /** The day in the era count; empty before the first era the JDK knows. */
    public static Optional<EraDate> of(LocalDate date) {
        Era found = null;
        for (Era era : ERAS) {
            if (!date.isBefore(era.start())) {
                found = era;
            }
        }
        return Optional.ofNullable(found).map(era -> new EraDate(era.name(),
                date.getYear() - era.start().getYear() + 1, date.getMonthValue(), date.getDayOfMonth()));
    }

    /** The Gregorian day of an era date; empty when the era has no such year (平成32年 is 令和2年). */
    public static Optional<LocalDate> toGregorian(String eraName, int year, int month, int day) {
        for (int i = 0; i < ERAS.size(); i++) {
            Era era = ERAS.get(i);
            if (!era.name().equals(eraName) || year < 1 || month < 1 || month > 12 || day < 1) {
                continue;
            }
            LocalDate first = LocalDate.of(era.start().getYear() + year - 1, month, 1);
            if (day > first.lengthOfMonth()) {
                return Optional.empty();
            }
            LocalDate date = first.withDayOfMonth(day);
            boolean afterNext = i + 1 < ERAS.size() && !date.isBefore(ERAS.get(i + 1).start());
            return date.isBefore(era.start()) || afterNext ? Optional.empty() : Optional.of(date);
        }
        return Optional.empty();
    }

    /** The table as the browser reads it: {@code [{"n":"令和","y":2019,"m":5,"d":1}, …]}. */
    static String json() {
        StringBuilder json = new StringBuilder("[");
        for (Era era : ERAS) {
            json.append(json.length() > 1 ? "," : "").append("{\"n\":\"").append(era.name()).append("\",\"y\":")
                    .append(era.start().getYear()).append(",\"m\":").append(era.start().getMonthValue())
                    .append(",\"d\":").append(era.start().getDayOfMonth()).append('}');
        }
        return json.append(']').toString();
    }

    private static List<Era> read() {
        List<Era> eras = new ArrayList<>();
        for (JapaneseEra era : JapaneseEra.values()) {
            eras.add(new Era(era.getDisplayName(TextStyle.FULL, Locale.JAPANESE), start(era)));
        }
        return List.copyOf(eras);
    }

    private static LocalDate start(JapaneseEra era) {
        if (era == JapaneseEra.MEIJI) {
            // Java counts Japanese dates from Meiji 6 (1873), when Japan took up the Gregorian calendar; Meiji 1 is 1868.
            return LocalDate.from(JapaneseDate.of(era, 6, 1, 1)).minusYears(5);
        }
        // Day 1 of an era's first year is the era's first day, not 1 January.
        return LocalDate.from(JapaneseChronology.INSTANCE.dateYearDay(era, 1, 1));
    }
}
