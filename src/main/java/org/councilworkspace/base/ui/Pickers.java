package org.councilworkspace.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.councilworkspace.base.CalendarDates;
import org.councilworkspace.base.CalendarSystem;

/**
 * Every date picker, date-time picker and upload of the app speaks the reader's language: month and weekday names,
 * "today" and "cancel", the first day of the week and the date format come from the message bundles, not from the
 * components' English defaults. A council's pickers also count its years: พ.ศ. on Thai screens of a Buddhist Era
 * council, 令和 on Japanese screens of a council that counts by era (see {@link PickerCalendars}); the value stays a
 * Gregorian date, and the chosen day is written out with its weekday under the field.
 */
public final class Pickers {

    private Pickers() {
    }

    /** A date picker in the reader's language, Gregorian years: for dates that belong to no council. */
    public static DatePicker localize(DatePicker picker) {
        picker.setI18n(datePickerI18n());
        return picker;
    }

    /** A date picker of a council's screen: the reader's language and the council's count of years. */
    public static DatePicker localize(DatePicker picker, CalendarSystem calendar) {
        localize(picker);
        PickerCalendars.apply(picker, calendar);
        CalendarDates dates = Formats.dates(calendar);
        picker.setHelperText(dates.weekdayDate(picker.getValue()));
        picker.addValueChangeListener(e -> picker.setHelperText(dates.weekdayDate(e.getValue())));
        return picker;
    }

    public static DateTimePicker localize(DateTimePicker picker) {
        picker.setDatePickerI18n(datePickerI18n());
        picker.setDateAriaLabel(Translations.t("picker.date"));
        picker.setTimeAriaLabel(Translations.t("picker.time"));
        return picker;
    }

    public static DateTimePicker localize(DateTimePicker picker, CalendarSystem calendar) {
        localize(picker);
        PickerCalendars.apply(picker, calendar);
        CalendarDates dates = Formats.dates(calendar);
        picker.setHelperText(weekday(dates, picker.getValue()));
        picker.addValueChangeListener(e -> picker.setHelperText(weekday(dates, e.getValue())));
        return picker;
    }

    /**
     * Moves a picker to another calendar, for a form where the calendar is chosen beside the dates (a council's
     * settings): the words are sent again, which also gives the picker back its Gregorian format and parse.
     */
    public static DatePicker recount(DatePicker picker, CalendarSystem calendar) {
        localize(picker);
        PickerCalendars.apply(picker, calendar);
        return picker;
    }

    /** An upload whose buttons, drop hint, errors and progress texts are in the reader's language. */
    public static Upload localize(Upload upload) {
        upload.setI18n(uploadI18n());
        return upload;
    }

    /** True on a Thai screen of a council that counts in the Buddhist Era. */
    public static boolean buddhistEra(CalendarSystem calendar) {
        return "buddhist".equals(PickerCalendars.mode(calendar));
    }

    public static DatePicker.DatePickerI18n datePickerI18n() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(list("picker.month-names"));
        i18n.setWeekdays(list("picker.weekdays"));
        i18n.setWeekdaysShort(list("picker.weekdays-short"));
        i18n.setFirstDayOfWeek(Integer.parseInt(Translations.t("picker.first-day-of-week").trim()));
        i18n.setToday(Translations.t("picker.today"));
        i18n.setCancel(Translations.t("picker.cancel"));
        i18n.setDateFormat(Translations.t("picker.date-format"));
        return i18n;
    }

    public static UploadI18N uploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(Translations.t("upload.drop-one"))
                .setMany(Translations.t("upload.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(Translations.t("upload.add-one"))
                .setMany(Translations.t("upload.add-many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(Translations.t("upload.too-many"))
                .setFileIsTooBig(Translations.t("upload.too-big"))
                .setIncorrectFileType(Translations.t("upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(Translations.t("upload.connecting"))
                        .setStalled(Translations.t("upload.stalled")).setProcessing(Translations.t("upload.processing"))
                        .setHeld(Translations.t("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(Translations.t("upload.remaining")).setUnknown(Translations.t("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(Translations.t("upload.server-unavailable"))
                        .setUnexpectedServerError(Translations.t("upload.server-error"))
                        .setForbidden(Translations.t("upload.forbidden"))));
        i18n.setFile(new UploadI18N.File().setRetry(Translations.t("upload.retry")).setStart(Translations.t("upload.start"))
                .setRemove(Translations.t("upload.remove")));
        i18n.setUnits(new UploadI18N.Units(list("upload.units")));
        return i18n;
    }

    private static String weekday(CalendarDates dates, LocalDateTime value) {
        return dates.weekdayDate(value == null ? null : value.toLocalDate());
    }

    private static List<String> list(String key) {
        return Arrays.stream(Translations.t(key).split(",")).map(String::trim).toList();
    }
}
