package org.councilworkspace.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;
import java.util.List;
import org.councilworkspace.base.CalendarSystem;

/**
 * Every date picker, date-time picker and upload of the app speaks the reader's language: month and weekday names,
 * "today" and "cancel", the first day of the week and the date format come from the message bundles, not from the
 * components' English defaults. Where a council counts in the Buddhist Era and the reader reads Thai, the picker
 * shows and accepts พ.ศ. years (the value stays a Gregorian date). Stock components only: the era is a formatter
 * and parser set on the picker's i18n in the browser.
 */
public final class Pickers {

    /** Years between the Gregorian calendar and the Buddhist Era: 2027 is พ.ศ. 2570. */
    static final int BUDDHIST_ERA_OFFSET = 543;

    /**
     * Replaces the picker's format, parse and title functions with Buddhist Era ones. Run once now and once after
     * the current round trip, because the picker's own connector sets its functions again when its i18n arrives.
     */
    private static final String BUDDHIST_ERA = """
            const host = this;
            const shift = $0;
            const era = $1;
            const apply = () => {
              const picker = host.localName === 'vaadin-date-time-picker'
                  ? host.querySelector('[slot="date-picker"]') : host;
              if (!picker || !picker.i18n) {
                return;
              }
              picker.i18n = Object.assign({}, picker.i18n, {
                formatDate: d => d.day + '/' + (d.month + 1) + '/' + (d.year + shift),
                parseDate: text => {
                  const m = /^\\s*(\\d{1,2})\\s*[\\/.-]\\s*(\\d{1,2})\\s*[\\/.-]\\s*(\\d{2,4})\\s*$/.exec(text || '');
                  if (!m) {
                    return undefined;
                  }
                  let year = parseInt(m[3], 10);
                  year = (year < 100 ? year + 2500 : year) - shift;
                  return { day: parseInt(m[1], 10), month: parseInt(m[2], 10) - 1, year: year };
                },
                formatTitle: (monthName, fullYear) => monthName + ' ' + era + ' ' + (fullYear + shift)
              });
            };
            apply();
            setTimeout(apply);
            """;

    private Pickers() {
    }

    /** A date picker in the reader's language, Gregorian years. */
    public static DatePicker localize(DatePicker picker) {
        return localize(picker, CalendarSystem.GREGORIAN);
    }

    /** A date picker in the reader's language and, on Thai screens of a Buddhist Era council, พ.ศ. years. */
    public static DatePicker localize(DatePicker picker, CalendarSystem calendar) {
        picker.setI18n(datePickerI18n());
        if (buddhistEra(calendar)) {
            era(picker);
        }
        return picker;
    }

    public static DateTimePicker localize(DateTimePicker picker) {
        return localize(picker, CalendarSystem.GREGORIAN);
    }

    public static DateTimePicker localize(DateTimePicker picker, CalendarSystem calendar) {
        picker.setDatePickerI18n(datePickerI18n());
        picker.setDateAriaLabel(Translations.t("picker.date"));
        picker.setTimeAriaLabel(Translations.t("picker.time"));
        if (buddhistEra(calendar)) {
            era(picker);
        }
        return picker;
    }

    /** An upload whose buttons, drop hint, errors and progress texts are in the reader's language. */
    public static Upload localize(Upload upload) {
        upload.setI18n(uploadI18n());
        return upload;
    }

    /** True on a Thai screen of a council that counts in the Buddhist Era. */
    public static boolean buddhistEra(CalendarSystem calendar) {
        return calendar == CalendarSystem.THAI_BUDDHIST && "th".equals(Translations.locale().getLanguage());
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

    private static void era(com.vaadin.flow.component.Component picker) {
        // Marks the picker for tests and styles; the formatter itself lives in the browser.
        picker.getElement().setAttribute("data-calendar", "buddhist");
        picker.addAttachListener(e -> e.getUI().beforeClientResponse(picker, context -> picker.getElement()
                .executeJs(BUDDHIST_ERA, BUDDHIST_ERA_OFFSET, Translations.t("picker.buddhist-era"))));
    }

    private static List<String> list(String key) {
        return Arrays.stream(Translations.t(key).split(",")).map(String::trim).toList();
    }
}
