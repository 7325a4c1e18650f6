package org.councilworkspace.base;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

/**
 * Dates, times and numbers for one reader in a council's calendar: the reader's language decides the words and their
 * order, the council's calendar the year ("1 มีนาคม พ.ศ. 2570", "令和9年3月1日", "March 1, 2027"). Exports and pages use
 * this one formatter so a date reads the same everywhere. ICU's formats are not thread-safe, so one instance serves
 * one page or one export at a time.
 */
public final class CalendarDates {

    private final Locale locale;
    private final CalendarSystem calendar;
    private final ZoneId zone;
    private final DateFormat longDate;
    private final DateFormat shortDate;
    private final DateFormat weekdayDate;
    private final DateFormat dateTime;
    private final DateFormat weekdayDateTime;
    private final NumberFormat numbers;
    private final DateIntervalFormat years;

    public CalendarDates(Locale locale, CalendarSystem calendar, ZoneId zone) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.calendar = calendar == null ? CalendarSystem.GREGORIAN : calendar;
        this.zone = zone == null ? ZoneOffset.UTC : zone;
        ULocale reader = ULocale.forLocale(this.locale).setKeywordValue("calendar", this.calendar.icuKeyword());
        // The era is written out whenever the year is not the Gregorian one, so "2570" never passes for a typo.
        String era = this.calendar == CalendarSystem.GREGORIAN ? "" : "G";
        this.longDate = utc(DateFormat.getPatternInstance(era + "yMMMMd", reader));
        this.shortDate = utc(DateFormat.getPatternInstance(era + "yMMMd", reader));
        this.weekdayDate = utc(DateFormat.getPatternInstance(era + "yMMMMdEEEE", reader));
        this.dateTime = DateFormat.getPatternInstance(era + "yMMMdjmm", reader);
        this.dateTime.setTimeZone(TimeZone.getTimeZone(this.zone.getId()));
        this.weekdayDateTime = DateFormat.getPatternInstance(era + "yMMMdEEEjmm", reader);
        this.weekdayDateTime.setTimeZone(TimeZone.getTimeZone(this.zone.getId()));
        this.numbers = NumberFormat.getInstance(reader);
        this.years = DateIntervalFormat.getInstance(era + "y", reader);
        this.years.setTimeZone(TimeZone.GMT_ZONE);
    }

    public Locale locale() {
        return locale;
    }

    public CalendarSystem calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }

    /** A day written out: "1 มีนาคม พ.ศ. 2570". Empty for no date. */
    public synchronized String date(LocalDate date) {
        return date == null ? "" : longDate.format(midnightUtc(date));
    }

    /** A day with its weekday, where people plan around it: "วันจันทร์ที่ 1 มีนาคม พ.ศ. 2570", "令和9年3月1日月曜日". */
    public synchronized String weekdayDate(LocalDate date) {
        return date == null ? "" : weekdayDate.format(midnightUtc(date));
    }

    /** A day in a grid or a table: "1 มี.ค. พ.ศ. 2570". */
    public synchronized String shortDate(LocalDate date) {
        return date == null ? "" : shortDate.format(midnightUtc(date));
    }

    /** A moment in the reader's zone: "1 มี.ค. พ.ศ. 2570 14:30". */
    public synchronized String dateTime(OffsetDateTime time) {
        return time == null ? "" : dateTime.format(Date.from(time.toInstant()));
    }

    /** A meeting's start, with the weekday people plan around: "令和9年3月1日(月) 9:30". */
    public synchronized String weekdayDateTime(OffsetDateTime time) {
        return time == null ? "" : weekdayDateTime.format(Date.from(time.toInstant()));
    }

    /** A span of Gregorian years in the council's count: "พ.ศ. 2570–2574", "令和9年～13年", "2027 – 2031". */
    public synchronized String years(int from, int to) {
        return years.format(new DateInterval(midYear(from), midYear(to)));
    }

    public synchronized String number(long value) {
        return numbers.format(value);
    }

    private static DateFormat utc(DateFormat format) {
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format;
    }

    /** Mid-year: the era a year is mostly in names it (2019, when Reiwa began on 1 May, is 令和元年). */
    private static long midYear(int year) {
        return LocalDate.of(year, 7, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static Date midnightUtc(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
