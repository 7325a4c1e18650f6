package org.councilworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.councilworkspace.base.CalendarSystem;
import org.councilworkspace.base.ui.Pickers;
import org.councilworkspace.council.CouncilService;
import org.councilworkspace.testsupport.CouncilLanguages;
import org.councilworkspace.testsupport.PlanFixtures;
import org.councilworkspace.testsupport.PlanFixtures.PlanWorld;
import org.councilworkspace.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class PickersViewsTest extends KaribuTest {

    private static final Locale THAI = Locale.forLanguageTag("th");

    @Autowired PlanFixtures planFixtures;
    @Autowired CouncilService councils;

    @Test
    void a_date_picker_on_a_thai_screen_speaks_thai_and_counts_buddhist_era_years_where_the_council_does() {
        UI.getCurrent().setLocale(THAI);
        DatePicker.DatePickerI18n i18n = Pickers.localize(new DatePicker(), CalendarSystem.THAI_BUDDHIST).getI18n();
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("มกราคม").endsWith("ธันวาคม");
        assertThat(i18n.getWeekdays()).hasSize(7).startsWith("วันอาทิตย์");
        assertThat(i18n.getWeekdaysShort()).hasSize(7).startsWith("อา.");
        assertThat(i18n.getFirstDayOfWeek()).as("the week starts on Sunday in Thailand").isZero();
        assertThat(i18n.getToday()).isEqualTo("วันนี้");
        assertThat(i18n.getCancel()).isEqualTo("ยกเลิก");
        assertThat(Pickers.localize(new DatePicker(), CalendarSystem.THAI_BUDDHIST).getElement()
                .getAttribute("data-calendar")).isEqualTo("buddhist");
        assertThat(Pickers.localize(new DatePicker(), CalendarSystem.GREGORIAN).getElement()
                .getAttribute("data-calendar")).as("a Gregorian council").isNull();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        DatePicker english = Pickers.localize(new DatePicker(), CalendarSystem.THAI_BUDDHIST);
        assertThat(english.getI18n().getMonthNames()).startsWith("January");
        assertThat(english.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(english.getElement().getAttribute("data-calendar")).as("Buddhist Era years on Thai screens only")
                .isNull();
    }

    @Test
    void japanese_pickers_and_uploads_take_their_words_from_the_bundles() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        DateTimePicker picker = Pickers.localize(new DateTimePicker());
        assertThat(picker.getDatePickerI18n().getMonthNames()).startsWith("1月");
        assertThat(picker.getDatePickerI18n().getToday()).isEqualTo("今日");
        assertThat(picker.getDatePickerI18n().getDateFormats()).containsExactly("yyyy/MM/dd");
        assertThat(picker.getDateAriaLabel()).hasValue("日付");
        Upload upload = Pickers.localize(new Upload());
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("ファイルを選択…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("ここにファイルをドロップ");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("ファイルが大きすぎます。");
        UI.getCurrent().setLocale(THAI);
        assertThat(Pickers.localize(new Upload()).getI18n().getAddFiles().getOne()).isEqualTo("เลือกไฟล์…");
    }

    @Test
    void the_round_dialog_of_a_buddhist_era_council_picks_thai_dates() {
        PlanWorld w = planFixtures.world();
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "th", CalendarSystem.THAI_BUDDHIST);
        signIn(w.secretariat());
        UI.getCurrent().setLocale(THAI);
        navigate("councils/" + w.councilId() + "/consultations");
        _click(_get(Button.class, spec -> spec.withId("new-round")));
        assertThat(_find(DateTimePicker.class)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getDatePickerI18n().getMonthNames()).startsWith("มกราคม");
            assertThat(p.getElement().getAttribute("data-calendar")).isEqualTo("buddhist");
        });
    }

    @Test
    void a_date_picker_on_a_japanese_screen_counts_reiwa_years_where_the_council_counts_by_era() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        DatePicker picker = Pickers.localize(new DatePicker(), CalendarSystem.JAPANESE_ERA);
        assertThat(picker.getElement().getAttribute("data-calendar")).isEqualTo("japanese");
        assertThat(picker.getI18n().getWeekdaysShort()).as("the picker's weekday row").startsWith("日", "月");
        picker.setValue(LocalDate.of(2027, 3, 1));
        assertThat(picker.getHelperText()).as("the chosen day with its weekday").isEqualTo("令和9年3月1日月曜日");
        assertThat(picker.getValue()).as("the value stays Gregorian").isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(Pickers.localize(new DatePicker(), CalendarSystem.THAI_BUDDHIST).getElement()
                .getAttribute("data-calendar")).as("Buddhist Era years on Thai screens only").isNull();

        UI.getCurrent().setLocale(THAI);
        assertThat(Pickers.localize(new DatePicker(), CalendarSystem.JAPANESE_ERA).getElement()
                .getAttribute("data-calendar")).as("Japanese eras on Japanese screens only").isNull();
        DateTimePicker thai = Pickers.localize(new DateTimePicker(), CalendarSystem.THAI_BUDDHIST);
        thai.setValue(LocalDateTime.of(2027, 3, 1, 9, 30));
        assertThat(thai.getHelperText()).isEqualTo("วันจันทร์ที่ 1 มีนาคม พ.ศ. 2570");
    }

    @Test
    void a_picker_whose_council_calendar_changes_counts_the_new_way() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        DatePicker picker = Pickers.recount(new DatePicker(), CalendarSystem.JAPANESE_ERA);
        assertThat(picker.getElement().getAttribute("data-calendar")).isEqualTo("japanese");
        Pickers.recount(picker, CalendarSystem.GREGORIAN);
        assertThat(picker.getElement().getAttribute("data-calendar")).isNull();
        assertThat(picker.getI18n().getMonthNames()).as("the words are sent again").startsWith("1月");
    }

    @Test
    void the_meeting_pickers_of_a_japanese_era_council_count_reiwa_years() {
        PlanWorld w = planFixtures.world();
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "ja", CalendarSystem.JAPANESE_ERA);
        signIn(w.secretariat());
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate("councils/" + w.councilId() + "/meetings");
        _click(_get(Button.class, spec -> spec.withId("new-meeting")));
        assertThat(_find(DateTimePicker.class)).hasSize(2).allSatisfy(p -> {
            assertThat(p.getElement().getAttribute("data-calendar")).isEqualTo("japanese");
            assertThat(p.getHelperText()).startsWith("令和").endsWith("曜日");
        });
    }

    @Test
    void the_implementation_pickers_of_a_buddhist_era_council_count_thai_years() {
        PlanWorld w = planFixtures.world();
        CouncilLanguages.set(councils, w.secretariat(), w.councilId(), "th", CalendarSystem.THAI_BUDDHIST);
        signIn(w.secretariat());
        UI.getCurrent().setLocale(THAI);
        navigate("councils/" + w.councilId() + "/implementation");
        assertThat(_find(DatePicker.class)).isNotEmpty().allSatisfy(p ->
                assertThat(p.getElement().getAttribute("data-calendar")).isEqualTo("buddhist"));
    }

    @Test
    void the_members_screen_links_to_the_invitation_by_e_mail() {
        PlanWorld w = planFixtures.world();
        signIn(w.secretariat());
        navigate("councils/" + w.councilId() + "/members");
        assertThat(_get(Anchor.class, spec -> spec.withId("invite-member-link")).getHref())
                .isEqualTo("councils/" + w.councilId() + "/members/invite");
    }
}
