package org.councilworkspace.base;

/**
 * How a council counts its years: Gregorian, the Thai Buddhist Era (2027 is พ.ศ. 2570) or Japan's era names (2027 is
 * 令和9年). The ICU calendar keyword names the same calendar for the formatter.
 */
public enum CalendarSystem {
    GREGORIAN("gregorian"),
    THAI_BUDDHIST("buddhist"),
    JAPANESE_ERA("japanese");

    private final String icuKeyword;

    CalendarSystem(String icuKeyword) {
        this.icuKeyword = icuKeyword;
    }

    String icuKeyword() {
        return icuKeyword;
    }
}
