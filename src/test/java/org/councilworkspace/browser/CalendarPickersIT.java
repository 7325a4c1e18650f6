package org.councilworkspace.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.councilworkspace.db.Tables.COUNCIL;
import static org.councilworkspace.db.Tables.MEETING;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A council's meeting is picked in the council's count of years, and saved as the Gregorian day: พ.ศ. 2570 on the
 * Thai institute's screens, 令和9年 on the Japanese subcommittee's. The era table in the browser is held against
 * Java's Japanese calendar at the era boundaries.
 */
class CalendarPickersIT extends BrowserTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final String SUBCOMMITTEE = "Industrial Structure Council: Manufacturing Subcommittee";

    @Autowired DSLContext db;

    @Test
    void a_thai_secretariat_picks_a_meeting_day_in_the_buddhist_era_and_the_gregorian_day_is_saved() {
        loginPage(page).open().signIn("pranee", LoginPage.DEMO_PASSWORD);
        page.navigate(url("councils/1/meetings"));
        page.locator("#new-meeting").click();
        page.locator("#meeting-form-title input").fill("ประชุมทดสอบปฏิทิน พ.ศ.");
        Locator starts = page.locator("#meeting-form-starts [slot='date-picker'] input");
        starts.fill("1/3/2570");
        // Enter commits what was typed (Tab would move into the open calendar); this dialog has no Enter shortcut.
        starts.press("Enter");
        assertThat(starts).hasValue("1/3/2570");
        assertThat(page.locator("#meeting-form-starts")).containsText("วันจันทร์ที่ 1 มีนาคม พ.ศ. 2570");
        starts.click();
        assertThat(page.getByText("มีนาคม พ.ศ. 2570").first()).isVisible();
        starts.press("Escape");
        screenshot(page, "meeting-buddhist-era-picker");
        page.locator("#meeting-form-save").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/meetings/\\d+$"));
        org.assertj.core.api.Assertions.assertThat(savedDay("ประชุมทดสอบปฏิทิน พ.ศ."))
                .isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void a_japanese_secretariat_picks_a_meeting_day_in_reiwa_and_the_gregorian_day_is_saved() {
        long councilId = db.select(COUNCIL.ID).from(COUNCIL).where(COUNCIL.NAME.eq(SUBCOMMITTEE)).fetchOne(COUNCIL.ID);
        loginPage(page).open().signIn("sato", LoginPage.DEMO_PASSWORD);
        page.navigate(url("councils/" + councilId + "/meetings"));
        page.locator("#new-meeting").click();
        page.locator("#meeting-form-title input").fill("暦のテスト会議");
        Locator starts = page.locator("#meeting-form-starts [slot='date-picker'] input");
        assertThat(starts).hasValue(java.util.regex.Pattern.compile("^令和\\d+年\\d{1,2}月\\d{1,2}日$"));
        starts.fill("2027/3/3");
        starts.press("Enter");
        // A plain Gregorian date is read and shown in the era.
        assertThat(starts).hasValue("令和9年3月3日");
        starts.fill("令和９年３月２日");
        starts.press("Enter");
        assertThat(starts).hasValue("令和9年3月2日");
        assertThat(page.locator("#meeting-form-starts")).containsText("令和9年3月2日火曜日");
        starts.click();
        assertThat(page.getByText("令和9年 3月").first()).isVisible();
        starts.press("Escape");
        screenshot(page, "meeting-japanese-era-picker");

        List<String> wrong = new ArrayList<>();
        for (LocalDate day : boundaryDays()) {
            String expected = eraText(day);
            Object shown = page.locator("#meeting-form-starts").evaluate("(host, d) => host.querySelector("
                    + "'[slot=\"date-picker\"]').i18n.formatDate({ year: d.y, month: d.m - 1, day: d.d })",
                    Map.of("y", day.getYear(), "m", day.getMonthValue(), "d", day.getDayOfMonth()));
            @SuppressWarnings("unchecked")
            Map<String, Object> read = (Map<String, Object>) page.locator("#meeting-form-starts").evaluate(
                    "(host, t) => host.querySelector('[slot=\"date-picker\"]').i18n.parseDate(t) || {}", expected);
            LocalDate back = read.isEmpty() ? null : LocalDate.of(((Number) read.get("year")).intValue(),
                    ((Number) read.get("month")).intValue() + 1, ((Number) read.get("day")).intValue());
            if (!expected.equals(shown) || !day.equals(back)) {
                wrong.add(day + ": shown " + shown + ", read back " + back + ", Java says " + expected);
            }
        }
        Object refused = page.locator("#meeting-form-starts").evaluate(
                "host => host.querySelector('[slot=\"date-picker\"]').i18n.parseDate('平成31年5月1日') === undefined");
        org.assertj.core.api.Assertions.assertThat(wrong).isEmpty();
        org.assertj.core.api.Assertions.assertThat(refused).as("1 May 2019 is 令和元年, not 平成31年").isEqualTo(true);

        page.locator("#meeting-form-save").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/meetings/\\d+$"));
        org.assertj.core.api.Assertions.assertThat(savedDay("暦のテスト会議")).isEqualTo(LocalDate.of(2027, 3, 2));
    }

    private LocalDate savedDay(String title) {
        OffsetDateTime starts = db.select(MEETING.STARTS_AT).from(MEETING).where(MEETING.TITLE.eq(title))
                .fetchOne(MEETING.STARTS_AT);
        return starts.atZoneSameInstant(BANGKOK).toLocalDate();
    }

    /** The days either side of each era's start since Taisho, and a few ordinary ones. */
    private static List<LocalDate> boundaryDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate start : List.of(LocalDate.of(1912, 7, 30), LocalDate.of(1926, 12, 25),
                LocalDate.of(1989, 1, 8), LocalDate.of(2019, 5, 1))) {
            days.add(start.minusDays(1));
            days.add(start);
            days.add(start.plusDays(1));
        }
        days.addAll(List.of(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1), LocalDate.of(2027, 3, 1),
                LocalDate.of(2028, 2, 29), LocalDate.of(2045, 11, 30)));
        return days;
    }

    /** What Java's Japanese calendar calls the day, written as a Japanese date: 令和元年5月1日. */
    private static String eraText(LocalDate day) {
        JapaneseDate date = JapaneseDate.from(day);
        int year = date.get(ChronoField.YEAR_OF_ERA);
        return date.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE) + (year == 1 ? "元" : year) + "年"
                + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
